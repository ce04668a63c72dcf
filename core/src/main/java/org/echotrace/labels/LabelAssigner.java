package org.echotrace.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.echotrace.domain.Document;
import org.echotrace.domain.Label;
import org.echotrace.domain.OutletLabels;
import org.echotrace.domain.Span;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LabelCandidate;

/**
 * Turns the language layer's label candidates into labels of entities, and sums them up per outlet.
 * Which entity a candidate's target denotes is the caller's knowledge (names and descriptions merged
 * across documents), given as a function; candidates whose target denotes no entity are dropped.
 */
public final class LabelAssigner {

    private final BiFunction<String, Span, Optional<String>> entityOf;

    /** @param entityOf the entity id a (document id, target span) denotes, if any */
    public LabelAssigner(BiFunction<String, Span, Optional<String>> entityOf) {
        this.entityOf = Objects.requireNonNull(entityOf, "entityOf");
    }

    /** Labels in document order, then text order. */
    public List<Label> assign(List<DocumentLanguage> languages) {
        List<Label> labels = new ArrayList<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        for (DocumentLanguage language : languages) {
            order.putIfAbsent(language.document(), order.size());
            for (LabelCandidate candidate : language.labels()) {
                entityOf.apply(candidate.document(), candidate.target()).ifPresent(entity -> labels.add(new Label(entity,
                        candidate.document(), candidate.label().text(), candidate.label().start(), candidate.label().end())));
            }
        }
        labels.sort(Comparator.comparingInt((Label l) -> order.get(l.document())).thenComparingInt(Label::start));
        return List.copyOf(labels);
    }

    /**
     * How each outlet labels each entity, outlets and entities in name order, each outlet's labels most
     * used first. A document without an outlet counts as an outlet of its own (its id).
     */
    public static List<OutletLabels> byOutlet(List<Label> labels, List<Document> documents) {
        Map<String, String> outletOf = new LinkedHashMap<>();
        documents.forEach(d -> outletOf.put(d.id(), d.outlet() != null ? d.outlet() : d.id()));
        Map<String, Map<String, Map<String, Integer>>> counts = new TreeMap<>();
        for (Label label : labels) {
            counts.computeIfAbsent(outletOf.getOrDefault(label.document(), label.document()), k -> new TreeMap<>())
                    .computeIfAbsent(label.entity(), k -> new TreeMap<>())
                    .merge(label.label().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        List<OutletLabels> summary = new ArrayList<>();
        counts.forEach((outlet, entities) -> entities.forEach((entity, words) ->
                summary.add(new OutletLabels(outlet, entity, mostUsedFirst(words)))));
        return summary;
    }

    private static Map<String, Integer> mostUsedFirst(Map<String, Integer> words) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        words.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
