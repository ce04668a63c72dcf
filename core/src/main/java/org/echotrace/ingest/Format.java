package org.echotrace.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats ingest understands. */
enum Format {
    TEXT, HTML, JSONL, WARC;

    /** The format a file name's extension promises, if it names one. */
    static Optional<Format> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Optional.of(WARC);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }
}
