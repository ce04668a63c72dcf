package org.echotrace.language;

import java.util.Objects;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;

/**
 * A named entity as the tagger saw it in one document, before entities are merged across documents.
 *
 * @param fineType        the tagger's finer type where it gives one ("CITY", "COUNTRY"), or null
 * @param typeFromContext true when the type comes from a noun written next to the name ("X camp"),
 *                        which outweighs the tagger's guess when mentions are merged
 */
public record NameMention(Mention mention, EntityType type, String fineType, boolean typeFromContext) {
    public NameMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(type, "type");
    }
}
