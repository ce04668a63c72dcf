package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * Who a claim rests on, after following chains back through the outlets that passed it on ("a source
 * told the agency, the paper reported" rests on the source, speaking through the agency).
 *
 * @param text      the source as first written
 * @param entity    id of the entity it names, or null (anonymous sources)
 * @param via       the outlet it spoke through, or null
 * @param documents the documents that cite it for this claim
 */
public record ClaimSource(String text, SourceKind kind, String entity, String via, List<String> documents) {
    public ClaimSource {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        documents = List.copyOf(documents);
    }
}
