package org.echotrace.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.echotrace.domain.DescriptorKind;
import org.echotrace.domain.Document;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityLabels;
import org.echotrace.domain.Label;
import org.echotrace.domain.OutletLabels;
import org.echotrace.domain.Story;
import org.echotrace.domain.Voice;

/**
 * Per story and entity, how each outlet describes the entity: outlets by descriptors with counts and voice, and
 * where the outlets differ. A descriptor one outlet alone uses for an entity that other outlets of the story name
 * too is a contrast whatever its word: the corpus, not a lexicon, shows it is a choice. A document without an
 * outlet counts as an outlet of its own (its id).
 */
public final class LabelTable {

    /** At most this many descriptors in the contrast sentence: it is a summary, the table has the rest. */
    private static final int SENTENCE_TERMS = 6;

    private LabelTable() {
    }

    /** @param stories the stories (all documents as one story, id null, when there are none) */
    public static List<EntityLabels> build(List<Label> labels, List<Document> documents, List<Story> stories,
                                           List<Entity> entities) {
        Map<String, String> outletOf = new HashMap<>();
        documents.forEach(d -> outletOf.put(d.id(), d.outlet() != null ? d.outlet() : d.id()));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        stories.forEach(s -> groups.put(s.id(), s.documents()));
        if (stories.isEmpty()) {
            groups.put(null, documents.stream().map(Document::id).toList());
        }
        List<EntityLabels> tables = new ArrayList<>();
        for (Map.Entry<String, List<String>> story : groups.entrySet()) {
            Set<String> inStory = Set.copyOf(story.getValue());
            Map<String, List<Label>> byEntity = new TreeMap<>();
            labels.stream().filter(l -> inStory.contains(l.document()))
                    .forEach(l -> byEntity.computeIfAbsent(l.entity(), k -> new ArrayList<>()).add(l));
            for (Map.Entry<String, List<Label>> entry : byEntity.entrySet()) {
                Set<String> naming = outletsNaming(entities, entry.getKey(), inStory, outletOf);
                tables.add(table(story.getKey(), entry.getKey(), entry.getValue(), naming, outletOf));
            }
        }
        return tables;
    }

    /** The outlets of the story's documents that mention the entity at all. */
    private static Set<String> outletsNaming(List<Entity> entities, String entity, Set<String> inStory,
                                             Map<String, String> outletOf) {
        return entities.stream().filter(e -> e.id().equals(entity)).flatMap(e -> e.mentions().stream())
                .map(m -> m.document()).filter(inStory::contains).map(outletOf::get)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static EntityLabels table(String story, String entity, List<Label> labels, Set<String> naming,
                                      Map<String, String> outletOf) {
        Map<String, Map<String, List<Label>>> byFamily = new TreeMap<>();
        for (Label label : labels) {
            byFamily.computeIfAbsent(label.family(), k -> new TreeMap<>())
                    .computeIfAbsent(outletOf.getOrDefault(label.document(), label.document()), k -> new ArrayList<>())
                    .add(label);
        }
        int outlets = Math.max(naming.size(), (int) labels.stream().map(l -> outletOf.get(l.document())).distinct().count());
        List<OutletLabels> rows = new ArrayList<>();
        byFamily.forEach((family, byOutlet) -> byOutlet.forEach((outlet, uses) ->
                rows.add(row(outlet, family, uses, isContrast(byOutlet, uses, outlets)))));
        Map<String, Integer> spread = new HashMap<>();
        byFamily.forEach((family, byOutlet) -> spread.put(family, byOutlet.size()));
        rows.sort(Comparator.comparing((OutletLabels r) -> !shown(r))
                .thenComparing(r -> -spread.get(r.family())).thenComparing(OutletLabels::family)
                .thenComparing(OutletLabels::outlet));
        Map<String, String> termOf = new HashMap<>();
        byFamily.forEach((family, byOutlet) -> termOf.put(family, counts(byOutlet.values().stream()
                .flatMap(List::stream).map(Label::term).toList()).keySet().iterator().next()));
        return new EntityLabels(story, entity, outlets, sentence(rows, outlets, termOf), rows);
    }

    /** One outlet alone, among several naming the entity, and a nominal descriptor (a clause is always unique). */
    private static boolean isContrast(Map<String, List<Label>> byOutlet, List<Label> uses, int outlets) {
        return byOutlet.size() == 1 && outlets >= 2
                && uses.stream().noneMatch(l -> l.kind() == DescriptorKind.RELATIVE_CLAUSE);
    }

    private static OutletLabels row(String outlet, String family, List<Label> uses, boolean contrast) {
        Map<String, Integer> terms = counts(uses.stream().map(Label::term).toList());
        Map<String, Integer> forms = counts(uses.stream().map(l -> l.label().toLowerCase(Locale.ROOT)).toList());
        int quoted = (int) uses.stream().filter(l -> l.voice() == Voice.QUOTED).count();
        String evidence = uses.stream().map(Label::evidence).filter(e -> e != null).findFirst().orElse(null);
        List<String> from = uses.stream().map(Label::quotedFrom).filter(q -> q != null).distinct().toList();
        return new OutletLabels(outlet, terms.keySet().iterator().next(), family, evidence, contrast,
                uses.size() - quoted, quoted, forms, from);
    }

    private static boolean shown(OutletLabels row) {
        return row.evidence() != null || row.contrast();
    }

    /** Most used first, then the shortest (a base word before its derivations), then alphabetical. */
    private static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * "called 'terrorist' by 4 of 5 outlets, 'dissident' by 1 (Balkanspost)": the evaluative and contrasting
     * descriptors, most widely used first; null when fewer than two outlets name the entity or none is shown.
     */
    static String sentence(List<OutletLabels> rows, int outlets, Map<String, String> termOf) {
        Map<String, List<OutletLabels>> shownByFamily = new LinkedHashMap<>();
        rows.stream().filter(LabelTable::shown)
                .forEach(r -> shownByFamily.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r));
        if (outlets < 2 || shownByFamily.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (List<OutletLabels> family : shownByFamily.values()) {
            if (parts.size() == SENTENCE_TERMS) {
                break;
            }
            String term = "'" + termOf.get(family.get(0).family()) + "'";
            int by = family.size();
            String who = by == 1 ? " (" + family.get(0).outlet() + ")" : "";
            parts.add(parts.isEmpty() ? term + " by " + by + " of " + outlets + " outlets" + who : term + " by " + by + who);
        }
        return "called " + String.join(", ", parts);
    }
}
