package org.echotrace.domain;

import java.util.Objects;

/**
 * Evaluative words one document applies to one entity ("terror" in "the X terror organization").
 *
 * @param entity   the entity's id
 * @param label    the words as written
 * @param start    where they start in the document's cleaned text
 * @param end      where they end (exclusive)
 */
public record Label(String entity, String document, String label, int start, int end) {
    public Label {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(label, "label");
    }
}
