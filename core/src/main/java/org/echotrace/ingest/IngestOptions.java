package org.echotrace.ingest;

/**
 * Limits for reading input.
 *
 * @param maxBytes           largest input file read, in bytes; larger files are skipped unread
 * @param maxProblemsPerFile diagnostics kept per file; the rest are counted in one closing line, so one
 *                           broken file cannot flood the report (as jsoup's ParseErrorList caps errors)
 */
public record IngestOptions(long maxBytes, int maxProblemsPerFile) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_PROBLEMS_PER_FILE = 20;

    public IngestOptions {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (maxProblemsPerFile < 1) {
            throw new IllegalArgumentException("maxProblemsPerFile must be positive, was " + maxProblemsPerFile);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_PROBLEMS_PER_FILE);
    }
}
