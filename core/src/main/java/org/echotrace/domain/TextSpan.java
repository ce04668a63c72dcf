package org.echotrace.domain;

import java.util.Objects;

/** A stretch of a document's cleaned text with the text itself, for readers of the report. */
public record TextSpan(String text, int start, int end) {

    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("text span [" + start + ", " + end + ") does not fit \"" + text + "\"");
        }
    }

    /** The span {@code [start, end)} of {@code documentText}. */
    public static TextSpan of(String documentText, int start, int end) {
        return new TextSpan(documentText.substring(start, end), start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
