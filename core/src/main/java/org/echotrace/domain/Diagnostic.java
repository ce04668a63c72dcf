package org.echotrace.domain;

import java.util.Objects;
import org.echotrace.text.TerminalText;

/**
 * A problem with one input item: the file, where in it (a line or record, or null for the whole file) and
 * what is wrong. The item is skipped; everything else goes on.
 */
public record Diagnostic(String file, Location location, String reason) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    public static Diagnostic of(String file, String reason) {
        return new Diagnostic(file, null, reason);
    }

    /** The line of the file the problem is on, or null when it is not about one line. */
    public Integer line() {
        return location == null ? null : location.lineNumber();
    }

    /** One line for the terminal: {@code file (line 3): reason}, control characters escaped (they come from input). */
    @Override
    public String toString() {
        return TerminalText.escape(location == null ? file + ": " + reason : file + " (" + location + "): " + reason);
    }
}
