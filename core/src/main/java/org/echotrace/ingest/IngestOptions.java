package org.echotrace.ingest;

/**
 * Limits for reading input.
 *
 * @param maxBytes           largest article read, in bytes: a text or HTML file, one JSON line, one WARC
 *                           record (also once unpacked); a container file may be any size
 * @param maxProblemsPerFile diagnostics kept per file; the rest are counted in one closing line, so one
 *                           broken file cannot flood the report (as jsoup's ParseErrorList caps errors)
 * @param maxHeldChars       characters of text one {@link Ingester#read} holds in all; past it the rest is
 *                           reported skipped, so a huge input ends in a message rather than an exhausted heap
 */
public record IngestOptions(long maxBytes, int maxProblemsPerFile, long maxHeldChars) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_PROBLEMS_PER_FILE = 20;
    /**
     * A cleaned document costs a few times its text (the text, its lines while cleaning, removals), and the
     * analysis after reading needs room of its own: a tenth of the heap for the text leaves that room.
     */
    private static final int HEAP_SHARE_DIVISOR = 10;

    public IngestOptions {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (maxProblemsPerFile < 1) {
            throw new IllegalArgumentException("maxProblemsPerFile must be positive, was " + maxProblemsPerFile);
        }
        if (maxHeldChars < 1) {
            throw new IllegalArgumentException("maxHeldChars must be positive, was " + maxHeldChars);
        }
    }

    /** With the default share of the heap as {@code maxHeldChars}. */
    public IngestOptions(long maxBytes, int maxProblemsPerFile) {
        this(maxBytes, maxProblemsPerFile, defaultMaxHeldChars());
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_PROBLEMS_PER_FILE);
    }

    /** A tenth of the heap, counted as two bytes a character. */
    public static long defaultMaxHeldChars() {
        return Math.max(1, Runtime.getRuntime().maxMemory() / HEAP_SHARE_DIVISOR / 2);
    }
}
