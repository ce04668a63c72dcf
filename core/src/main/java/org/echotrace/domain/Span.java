package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A half-open character range {@code [start, end)} into one document's cleaned text.
 * Serialised as a two-element array {@code [start, end]}.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) implements Comparable<Span> {

    @JsonCreator
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The characters of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
