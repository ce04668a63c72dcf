package org.echotrace.domain;

import java.util.Objects;

/**
 * The source of an attribution as the text names it.
 *
 * @param entity   id of the entity it names, or null (always null for anonymous sources; assigned after
 *                 extraction, by matching spans)
 * @param refersTo for a pronoun source ("he said") or a title description ("the prime minister said"), the
 *                 earlier mention it was resolved to; null otherwise
 */
public record AttributionSource(String text, int start, int end, SourceKind kind, String entity,
                                TextSpan refersTo) {
    public AttributionSource {
        Objects.requireNonNull(kind, "kind");
        new TextSpan(text, start, end);
    }

    public TextSpan span() {
        return new TextSpan(text, start, end);
    }
}
