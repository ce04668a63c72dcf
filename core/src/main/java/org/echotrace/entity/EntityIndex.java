package org.echotrace.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;
import org.echotrace.domain.Span;

/** The entities of a corpus, and which entity a stretch of a document's text names. */
public final class EntityIndex {

    private final List<Entity> entities;
    private final Map<String, List<Located>> byDocument = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();

    private record Located(Mention mention, String entity) {
    }

    EntityIndex(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity entity : entities) {
            byId.put(entity.id(), entity);
            for (Mention mention : entity.mentions()) {
                byDocument.computeIfAbsent(mention.document(), d -> new ArrayList<>()).add(new Located(mention, entity.id()));
            }
        }
    }

    /** The same entities, those named in the map of the type it gives them. */
    EntityIndex withTypes(Map<String, EntityType> types) {
        return new EntityIndex(entities.stream().map(e -> types.containsKey(e.id())
                ? new Entity(e.id(), e.name(), types.get(e.id()), e.aliases(), e.mentions()) : e).toList());
    }

    public static EntityIndex empty() {
        return new EntityIndex(List.of());
    }

    /**
     * The entity a phrase is headed by: a mention that ends where the phrase ends (English noun phrases
     * end in their head: "the group's leader X"), else one covering at least half of it. "Country's court"
     * is not the country.
     */
    public Optional<String> entityHeading(String document, Span phrase) {
        String covering = null;
        for (Located located : byDocument.getOrDefault(document, List.of())) {
            Mention m = located.mention();
            if (m.start() >= phrase.start() && m.end() == phrase.end()) {
                return Optional.of(located.entity());
            }
            int overlap = Math.min(phrase.end(), m.end()) - Math.max(phrase.start(), m.start());
            if (covering == null && 2 * overlap >= phrase.end() - phrase.start()) {
                covering = located.entity();
            }
        }
        return Optional.ofNullable(covering);
    }

    /** The entity of the given type named first inside a phrase, if any. */
    public Optional<String> firstWithin(String document, Span phrase, EntityType type) {
        return firstWithin(document, phrase, type, mention -> true);
    }

    /** The entity of the given type named first inside a phrase where a mention passes {@code where}, if any. */
    public Optional<String> firstWithin(String document, Span phrase, EntityType type,
                                        java.util.function.Predicate<Span> where) {
        return byDocument.getOrDefault(document, List.of()).stream()
                .filter(l -> l.mention().start() >= phrase.start() && l.mention().end() <= phrase.end())
                .filter(l -> where.test(new Span(l.mention().start(), l.mention().end())))
                .filter(l -> entity(l.entity()).map(e -> e.type() == type).orElse(false))
                .min(java.util.Comparator.comparingInt(l -> l.mention().start())).map(Located::entity);
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<Entity> entities() {
        return entities;
    }

    /**
     * The entity a span names: the mention sharing most characters with it, if any does. A span that
     * holds a name ("the terrorist X group") finds the name's entity.
     */
    public Optional<String> entityAt(String document, Span span) {
        String best = null;
        int bestOverlap = 0;
        for (Located located : byDocument.getOrDefault(document, List.of())) {
            int overlap = Math.min(span.end(), located.mention().end()) - Math.max(span.start(), located.mention().start());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = located.entity();
            }
        }
        return Optional.ofNullable(best);
    }
}
