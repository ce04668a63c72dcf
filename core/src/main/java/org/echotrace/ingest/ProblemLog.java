package org.echotrace.ingest;

import java.util.List;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Location;

/**
 * Collects what happened to one input file: problems (an item skipped) and notes (something unusual that
 * lost nothing, such as a legacy encoding or a renamed id). Each kind keeps at most a fixed number and
 * counts the rest, so one broken file cannot flood the report.
 */
class ProblemLog {
    private final String file;
    private final int cap;
    private final List<Diagnostic> problems;
    private final List<Diagnostic> notes;
    private int problemCount;
    private int noteCount;

    ProblemLog(String file, int cap, List<Diagnostic> problems, List<Diagnostic> notes) {
        this.file = file;
        this.cap = cap;
        this.problems = problems;
        this.notes = notes;
    }

    String file() {
        return file;
    }

    /**
     * Something was skipped.
     *
     * @param location a line or record, or null for the whole file
     */
    void add(Location location, String reason) {
        problemCount++;
        if (problemCount <= cap) {
            problems.add(new Diagnostic(file, location, reason));
        }
    }

    /** Something unusual happened, but everything was read: not a skip, and not counted by {@code --strict}. */
    void note(Location location, String what) {
        noteCount++;
        if (noteCount <= cap) {
            notes.add(new Diagnostic(file, location, what));
        }
    }

    /** Adds one line saying how many problems (and notes) were left out, if any were. */
    void finish() {
        if (problemCount > cap) {
            problems.add(Diagnostic.of(file, (problemCount - cap) + " more problems in this file not listed"));
        }
        if (noteCount > cap) {
            notes.add(Diagnostic.of(file, (noteCount - cap) + " more notes in this file not listed"));
        }
    }
}
