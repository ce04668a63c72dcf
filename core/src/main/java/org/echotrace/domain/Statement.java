package org.echotrace.domain;

import java.util.Objects;

/**
 * One clause of a document that states something: the unit claims are made of.
 *
 * @param attribution index into the report's attributions of the attribution that covers it (the clause
 *                    is what a source is said to have said, or frames it), or null when none does
 */
public record Statement(String document, int start, int end, String text, Integer attribution) {
    public Statement {
        Objects.requireNonNull(document, "document");
        new TextSpan(text, start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
