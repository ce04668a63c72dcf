package org.echotrace.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echotrace.domain.Conflict;
import org.echotrace.domain.ConflictKind;
import org.echotrace.domain.ConflictValue;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Statement;
import org.echotrace.language.TimeExpression;

/**
 * Compares what can be compared among the statements of one claim: figures that count the same thing
 * but whose intervals do not overlap, dates that cannot both be right, and places and actors that some
 * documents give and others leave out.
 */
final class ConflictFinder {

    private final EntityMentions entities;
    private final Map<String, List<TimeExpression>> times;

    ConflictFinder(EntityMentions entities, Map<String, List<TimeExpression>> timesByDocument) {
        this.entities = entities;
        this.times = timesByDocument;
    }

    List<Conflict> find(List<Statement> claim) {
        List<Conflict> conflicts = new ArrayList<>(numbers(claim));
        dates(claim).ifPresent(conflicts::add);
        conflicts.addAll(partial(claim, ConflictKind.PLACE, Set.of(EntityType.PLACE)));
        conflicts.addAll(partial(claim, ConflictKind.ACTOR, Set.of(EntityType.PERSON, EntityType.ORGANIZATION)));
        return conflicts;
    }

    /** Figures of different documents that count the same thing and cannot both be true. */
    private static List<Conflict> numbers(List<Statement> claim) {
        List<Quantity> all = new ArrayList<>();
        List<String> documentOf = new ArrayList<>();
        for (Statement s : claim) {
            for (Quantity q : QuantityReader.read(s)) {
                all.add(q);
                documentOf.add(s.document());
            }
        }
        Set<Integer> disputed = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (!documentOf.get(i).equals(documentOf.get(j)) && all.get(i).countsSameAs(all.get(j))
                        && all.get(i).disjointFrom(all.get(j))) {
                    disputed.add(i);
                    disputed.add(j);
                }
            }
        }
        if (disputed.isEmpty()) {
            return List.of();
        }
        Map<String, ConflictValue> values = new LinkedHashMap<>();
        for (int i : disputed) {
            Quantity q = all.get(i);
            values.merge(q.written().toLowerCase(Locale.ROOT),
                    new ConflictValue(q.written(), q.low(), q.high(), List.of(documentOf.get(i))), ConflictFinder::join);
        }
        return List.of(new Conflict(ConflictKind.NUMBER, List.copyOf(values.values()), List.of(),
                "figures whose ranges do not overlap"));
    }

    /** Anchored dates of different documents where neither contains the other ("2023-08" and "2023-08-27" agree). */
    private java.util.Optional<Conflict> dates(List<Statement> claim) {
        Map<String, ConflictValue> values = new LinkedHashMap<>();
        for (Statement s : claim) {
            for (TimeExpression t : times.getOrDefault(s.document(), List.of())) {
                if (t.anchored() && s.span().contains(t.text().span())) {
                    values.merge(t.value(), new ConflictValue(t.value(), null, null, List.of(s.document())),
                            ConflictFinder::join);
                }
            }
        }
        List<String> found = List.copyOf(values.keySet());
        boolean clash = found.stream().anyMatch(a -> found.stream().anyMatch(b -> !a.startsWith(b) && !b.startsWith(a)));
        return clash ? java.util.Optional.of(new Conflict(ConflictKind.DATE, List.copyOf(values.values()), List.of(),
                "dates that cannot both be right")) : java.util.Optional.empty();
    }

    /** One conflict per entity of the given types that some of the claim's documents name and others do not. */
    private List<Conflict> partial(List<Statement> claim, ConflictKind kind, Set<EntityType> types) {
        Set<String> documents = new LinkedHashSet<>();
        Map<Entity, Set<String>> givenBy = new LinkedHashMap<>();
        for (Statement s : claim) {
            documents.add(s.document());
            for (Entity e : entities.within(s.document(), s.span(), types)) {
                givenBy.computeIfAbsent(e, x -> new LinkedHashSet<>()).add(s.document());
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        givenBy.forEach((entity, by) -> {
            if (by.size() < documents.size()) {
                List<String> without = documents.stream().filter(d -> !by.contains(d)).toList();
                conflicts.add(new Conflict(kind, List.of(new ConflictValue(entity.name(), null, null, List.copyOf(by))),
                        without, entity.name() + " is given by " + String.join(", ", by) + " but not by "
                        + String.join(", ", without)));
            }
        });
        return conflicts;
    }

    private static ConflictValue join(ConflictValue a, ConflictValue b) {
        Set<String> documents = new LinkedHashSet<>(a.documents());
        documents.addAll(b.documents());
        return new ConflictValue(a.value(), a.low(), a.high(), List.copyOf(documents));
    }
}
