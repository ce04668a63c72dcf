package org.echotrace;

/**
 * Where a long run is, for a progress line on the terminal. Stages report counts, never print.
 */
@FunctionalInterface
public interface Progress {

    /** Reports no progress, for tests and quiet runs. */
    Progress NONE = (stage, done, total) -> { };

    /**
     * @param stage what is being done, e.g. {@code "read"} or {@code "align"}
     * @param done  items finished so far
     * @param total items in all, or -1 when not known
     */
    void update(String stage, long done, long total);
}
