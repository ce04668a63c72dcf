package org.echotrace.language;

import java.util.Objects;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;

/**
 * A named entity as the tagger saw it in one document, before entities are merged across documents.
 *
 * @param fineType the tagger's finer type where it gives one ("CITY", "COUNTRY", "NATIONALITY"), or null
 */
public record NameMention(Mention mention, EntityType type, String fineType) {
    public NameMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(type, "type");
    }
}
