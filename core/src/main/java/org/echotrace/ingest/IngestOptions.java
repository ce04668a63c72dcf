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
     * Characters of text per byte of heap that one run may hold. Measured on the planted corpus of
     * {@code bench analyze}: 50,344 articles (214 M characters, mostly stored one byte a character) peaked at
     * 1.5 GB through reading, reuse and stories, so an eighth of the heap in characters (536 M at the default
     * -Xmx4g: the whole 100k corpus, 427 M) leaves the analysis its room; a tenth counted as two bytes a
     * character refused half of that corpus.
     */
    private static final int HEAP_SHARE_DIVISOR = 8;

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

    /** An eighth of the heap, in characters. */
    public static long defaultMaxHeldChars() {
        return Math.max(1, Runtime.getRuntime().maxMemory() / HEAP_SHARE_DIVISOR);
    }
}
