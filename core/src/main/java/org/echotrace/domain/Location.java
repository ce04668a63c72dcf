package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * Where in a file of many items something is: a line of JSON Lines or a record of a WARC file, counted from 1.
 * Kept as a number, so that a caller that wants the line (the web API's problems) need not read it back out of
 * text; written as {@code "line 3"} or {@code "record 2"} in reports and on the terminal.
 */
public record Location(Unit unit, int number) {

    /** What the number counts. */
    public enum Unit {
        LINE, RECORD;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Location {
        Objects.requireNonNull(unit, "unit");
        if (number < 1) {
            throw new IllegalArgumentException("a " + unit.word() + " number counts from 1: " + number);
        }
    }

    public static Location line(int number) {
        return new Location(Unit.LINE, number);
    }

    public static Location record(int number) {
        return new Location(Unit.RECORD, number);
    }

    /** The line number, or null when this is not a line. */
    public Integer lineNumber() {
        return unit == Unit.LINE ? number : null;
    }

    /** As report.json and the terminal show it: {@code "line 3"}. */
    @JsonValue
    @Override
    public String toString() {
        return unit.word() + " " + number;
    }

    /** Reads what {@link #toString} wrote (report.json read back, the Spark job's problems on their way to the driver). */
    @JsonCreator
    public static Location parse(String written) {
        String[] parts = written.trim().split(" ", 2);
        try {
            return new Location(Unit.valueOf(parts[0].toUpperCase(Locale.ROOT)), Integer.parseInt(parts[1]));
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a location (\"line 3\", \"record 2\"): " + written, e);
        }
    }
}
