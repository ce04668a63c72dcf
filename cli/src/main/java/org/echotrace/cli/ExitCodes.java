package org.echotrace.cli;

/**
 * Exit statuses of every echotrace command (the Spark job's too), in one place. Scripts may rely on them.
 */
public final class ExitCodes {

    /** Everything asked for was done (inputs that could not be read are reported, not fatal). */
    public static final int OK = 0;
    /** A bug or an unexpected failure, such as an output folder that cannot be written. */
    public static final int SOFTWARE = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** No input could be read at all. */
    public static final int NO_INPUT = 3;
    /** With {@code --strict}: some inputs could not be read. */
    public static final int INPUT_PROBLEMS = 4;

    /** The store could not be opened: missing, written by a newer version, or in use by another process. */
    public static final int STORE_UNAVAILABLE = 5;

    private ExitCodes() {
    }

    /** The text printed under every command's help. */
    public static final String FOOTER = "%nExit status: " + OK + " done, " + SOFTWARE + " failure, " + USAGE
            + " usage error, " + NO_INPUT + " nothing could be read, " + INPUT_PROBLEMS
            + " some inputs unreadable (with --strict), " + STORE_UNAVAILABLE + " store unavailable.";
}
