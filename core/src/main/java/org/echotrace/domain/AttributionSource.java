package org.echotrace.domain;

import java.util.Objects;

/**
 * The source of an attribution as the text names it.
 *
 * @param entity id of the entity it names, or null (always null for anonymous sources)
 */
public record AttributionSource(String text, int start, int end, SourceKind kind, String entity) {
    public AttributionSource {
        Objects.requireNonNull(kind, "kind");
        new TextSpan(text, start, end);
    }
}
