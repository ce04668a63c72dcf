package org.echotrace.domain;

import java.util.Objects;

/** Where a document mentions something: a stretch of its cleaned text. */
public record Mention(String document, int start, int end, String text) {

    public Mention {
        Objects.requireNonNull(document, "document");
        new TextSpan(text, start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
