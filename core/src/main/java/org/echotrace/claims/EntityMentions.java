package org.echotrace.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;
import org.echotrace.domain.Span;

/** Which entities each document names where: the places and actors a statement speaks of. */
final class EntityMentions {

    private record Located(Mention mention, Entity entity) {
    }

    private final Map<String, List<Located>> byDocument = new HashMap<>();

    EntityMentions(List<Entity> entities) {
        for (Entity entity : entities) {
            for (Mention m : entity.mentions()) {
                byDocument.computeIfAbsent(m.document(), d -> new ArrayList<>()).add(new Located(m, entity));
            }
        }
    }

    /** Entities of the given types named inside {@code span} of {@code document}, in text order. */
    Set<Entity> within(String document, Span span, Set<EntityType> types) {
        Set<Entity> found = new LinkedHashSet<>();
        for (Located l : byDocument.getOrDefault(document, List.of())) {
            if (span.contains(l.mention().span()) && types.contains(l.entity().type())) {
                found.add(l.entity());
            }
        }
        return found;
    }
}
