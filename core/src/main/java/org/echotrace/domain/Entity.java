package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organisation or place across all documents.
 *
 * @param name     the most common full form (an acronym only when no full form is written)
 * @param aliases  every surface form seen, most frequent first
 * @param mentions every place a document names it or a description stands for it, in document order
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
