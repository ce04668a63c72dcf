package org.echotrace.nlp.names;

import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.EntityType;

/** Maps CoreNLP's NER tags (coarse and fine-grained) to the entity types the report tracks. */
public final class EntityTypes {

    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    private EntityTypes() {
    }

    public static Optional<EntityType> of(String nerTag) {
        if (nerTag == null) {
            return Optional.empty();
        }
        if (nerTag.equals("PERSON")) {
            return Optional.of(EntityType.PERSON);
        }
        if (nerTag.equals("ORGANIZATION")) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return PLACES.contains(nerTag) ? Optional.of(EntityType.PLACE) : Optional.empty();
    }
}
