package org.echotrace.ingest;

import java.util.List;
import org.echotrace.domain.Diagnostic;

/** Collects the diagnostics of one input file, keeping at most a fixed number and counting the rest. */
final class ProblemLog {
    private final String file;
    private final int cap;
    private final List<Diagnostic> sink;
    private int count;

    ProblemLog(String file, int cap, List<Diagnostic> sink) {
        this.file = file;
        this.cap = cap;
        this.sink = sink;
    }

    String file() {
        return file;
    }

    /** @param location a line or record, e.g. {@code "line 3"}, or null for the whole file */
    void add(String location, String reason) {
        count++;
        if (count <= cap) {
            sink.add(new Diagnostic(file, location, reason));
        }
    }

    /** Adds one line saying how many problems were left out, if any were. */
    void finish() {
        if (count > cap) {
            sink.add(Diagnostic.of(file, (count - cap) + " more problems in this file not listed"));
        }
    }
}
