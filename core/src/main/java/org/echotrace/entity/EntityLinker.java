package org.echotrace.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.echotrace.domain.Document;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;
import org.echotrace.language.Description;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.NameMention;

/**
 * Merges the names of all documents into entities, one per real-world thing, by general mechanisms
 * only: an acronym defined in parentheses, spelling variants of a transliterated name, a generic tail
 * ("X Organization", "X News Agency" and "X"), a surname after the full name (in the same articles, whatever
 * the tagger typed it); then points definite
 * descriptions ("the group") at the nearest preceding entity of their kind.
 */
public final class EntityLinker {

    /** How far back (characters) a description looks for the entity it stands for. */
    private static final int DESCRIPTION_REACH = 1500;

    /** One name in one document; {@code type} is null for occurrences found by alias search. */
    private record Occurrence(Mention mention, EntityType type, boolean typeFromContext) {
        String key() {
            return NameKeys.key(mention.text());
        }
    }

    public EntityIndex link(List<Document> documents, List<DocumentLanguage> languages) {
        List<Occurrence> names = new ArrayList<>();
        languages.forEach(language -> language.names().forEach(
                name -> names.add(new Occurrence(name.mention(), name.type(), name.typeFromContext()))));
        UnionFind same = new UnionFind();
        for (Document document : documents) {
            for (AcronymDefinitions.Definition definition : AcronymDefinitions.find(document.id(), document.text())) {
                EntityType type = addLongForm(names, definition.longForm());
                for (Mention acronym : definition.acronyms()) {
                    names.removeIf(o -> o.mention().equals(acronym));
                    names.add(new Occurrence(acronym, type, false));
                    same.union(NameKeys.key(definition.longForm().text()), NameKeys.key(acronym.text()));
                }
            }
        }
        names.addAll(AliasSearch.untaggedOccurrences(documents, names.stream().map(o -> o.mention()).toList())
                .stream().map(mention -> new Occurrence(mention, null, false)).toList());
        names.forEach(occurrence -> same.add(occurrence.key()));
        joinVariants(same, names);
        return build(names, same, languages);
    }

    /** The long form of a definition is one name even when the tagger cut it up or missed it. */
    private static EntityType addLongForm(List<Occurrence> names, Mention longForm) {
        EntityType type = names.stream().filter(o -> overlaps(o.mention(), longForm)).map(Occurrence::type)
                .findFirst().orElse(EntityType.ORGANIZATION);
        boolean present = names.removeIf(o -> overlaps(o.mention(), longForm) && !o.mention().equals(longForm));
        if (present || names.stream().noneMatch(o -> o.mention().equals(longForm))) {
            names.add(new Occurrence(longForm, type, false));
        }
        return type;
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.document().equals(b.document()) && a.start() < b.end() && b.start() < a.end();
    }

    private static void joinVariants(UnionFind same, List<Occurrence> names) {
        Set<String> keys = names.stream().map(Occurrence::key).collect(Collectors.toSet());
        Set<String> people = knownPeople(names);
        Map<String, List<String>> bySkeleton = new HashMap<>();
        for (String key : keys) {
            String tail = NameKeys.withoutGenericTail(key);
            // "X Organization" is X itself, unless X is a person: a firm or a foundation named after someone
            if (!tail.equals(key) && keys.contains(tail) && !people.contains(tail)) {
                same.union(key, tail);
            }
            String skeleton = NameKeys.skeleton(tail);
            if (!skeleton.isEmpty()) {
                bySkeleton.computeIfAbsent(skeleton, s -> new ArrayList<>()).add(key);
            }
        }
        for (List<String> variants : bySkeleton.values()) {
            for (String variant : variants.subList(1, variants.size())) {
                if (NameKeys.variantSpellings(variants.get(0), variant)) {
                    same.union(variants.get(0), variant);
                }
            }
        }
        joinSurnames(same, names);
        joinSurnamesWithinDocuments(same, names);
        joinInitials(same, names);
    }

    /**
     * "Mark Rockwell" and, later in the same article, "Rockwell", which the tagger took for the firm of that name:
     * a one-word name of any type joins the full name of a person it ends when every document writing the word
     * named exactly that one such person before it (across documents only when the corpus is that clear).
     */
    private static void joinSurnamesWithinDocuments(UnionFind same, List<Occurrence> names) {
        Map<String, List<Occurrence>> fullPersonNamesByDocument = names.stream()
                .filter(o -> o.type() == EntityType.PERSON && NameKeys.words(o.key()).size() > 1)
                .collect(Collectors.groupingBy(o -> o.mention().document()));
        Map<String, List<Occurrence>> oneWordNames = names.stream().filter(o -> NameKeys.words(o.key()).size() == 1)
                .collect(Collectors.groupingBy(Occurrence::key, LinkedHashMap::new, Collectors.toList()));
        oneWordNames.forEach((key, occurrences) -> {
            Set<String> persons = new HashSet<>();
            for (Occurrence o : occurrences) {
                Set<String> before = fullPersonNamesByDocument.getOrDefault(o.mention().document(), List.of()).stream()
                        .filter(full -> full.key().endsWith(" " + key) && full.mention().start() < o.mention().start())
                        .map(full -> same.find(full.key())).collect(Collectors.toSet());
                if (before.size() != 1) {
                    return;
                }
                persons.addAll(before);
            }
            if (persons.size() == 1) {
                same.union(persons.iterator().next(), key);
            }
        });
    }

    /**
     * Names surely of people: those mostly typed person that are a full name of two words or more, or the last
     * word of one ("Trump" beside "Donald Trump"). The tagger takes many unfamiliar one-word names of
     * organisations for people's ("Reuters"), so a lone word typed person proves nothing.
     */
    private static Set<String> knownPeople(List<Occurrence> names) {
        Set<String> mostlyPeople = names.stream().collect(Collectors.groupingBy(Occurrence::key)).entrySet().stream()
                .filter(e -> majority(e.getValue()).orElse(null) == EntityType.PERSON).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> fullNames = mostlyPeople.stream().filter(key -> NameKeys.words(key).size() > 1)
                .collect(Collectors.toSet());
        Set<String> known = new HashSet<>(fullNames);
        for (String key : mostlyPeople) {
            if (fullNames.stream().anyMatch(full -> full.endsWith(" " + key))) {
                known.add(key);
            }
        }
        return known;
    }

    /**
     * "US" and "United States", "EU" and "European Union": an acronym joins the one name of the same type
     * whose capitalised words start with its letters, when exactly one such name is written.
     */
    private static void joinInitials(UnionFind same, List<Occurrence> names) {
        Map<String, EntityType> typeBySurface = new HashMap<>();
        names.stream().filter(o -> o.type() != null).forEach(o -> typeBySurface.putIfAbsent(o.mention().text(), o.type()));
        for (Map.Entry<String, EntityType> acronym : typeBySurface.entrySet()) {
            if (!NameKeys.isAcronym(acronym.getKey())) {
                continue;
            }
            Set<String> expansions = typeBySurface.entrySet().stream()
                    .filter(e -> e.getValue() == acronym.getValue() && NameKeys.initials(e.getKey()).equals(acronym.getKey()))
                    .map(e -> same.find(NameKeys.key(e.getKey()))).collect(Collectors.toSet());
            if (expansions.size() == 1) {
                same.union(expansions.iterator().next(), NameKeys.key(acronym.getKey()));
            }
        }
    }

    /** "Clinton" after "Hillary Clinton": a one-word person name joins the one full name it ends, if only one does. */
    private static void joinSurnames(UnionFind same, List<Occurrence> names) {
        Set<String> personKeys = names.stream().filter(o -> o.type() == EntityType.PERSON).map(Occurrence::key)
                .collect(Collectors.toSet());
        for (String key : personKeys) {
            if (NameKeys.words(key).size() != 1) {
                continue;
            }
            Set<String> fullNames = personKeys.stream()
                    .filter(other -> NameKeys.words(other).size() > 1 && other.endsWith(" " + key))
                    .map(same::find).collect(Collectors.toSet());
            if (fullNames.size() == 1) {
                same.union(fullNames.iterator().next(), key);
            }
        }
    }

    private EntityIndex build(List<Occurrence> names, UnionFind same, List<DocumentLanguage> languages) {
        Map<String, List<Occurrence>> byRoot = names.stream()
                .collect(Collectors.groupingBy(o -> same.find(o.key()), LinkedHashMap::new, Collectors.toList()));
        List<EntityDraft> drafts = new ArrayList<>();
        for (List<Occurrence> occurrences : byRoot.values()) {
            typeOf(occurrences).ifPresent(type -> drafts.add(new EntityDraft(type, occurrences, new ArrayList<>())));
        }
        resolveDescriptions(drafts, languages);
        drafts.sort(Comparator.comparingInt((EntityDraft d) -> -d.mentionCount()).thenComparing(EntityDraft::name));
        List<Entity> entities = new ArrayList<>();
        for (EntityDraft draft : drafts) {
            entities.add(draft.toEntity("e" + (entities.size() + 1)));
        }
        return new EntityIndex(entities);
    }

    /**
     * The type most occurrences give, where a type written next to a name ("X camp", "X News Agency")
     * outvotes every tagger guess: taggers are wrong about unfamiliar names in a consistent way.
     */
    private static Optional<EntityType> typeOf(List<Occurrence> occurrences) {
        Optional<EntityType> fromContext = majority(occurrences.stream().filter(Occurrence::typeFromContext).toList());
        if (fromContext.isPresent()) {
            return fromContext;
        }
        return isPersonBySurname(occurrences) ? Optional.of(EntityType.PERSON) : majority(occurrences);
    }

    /**
     * A person's full name and otherwise only its last word, however the tagger typed that word: a person's
     * name stays a person ("Mark Rockwell" once, "Rockwell" three times as a firm).
     */
    private static boolean isPersonBySurname(List<Occurrence> occurrences) {
        Set<String> fullNames = occurrences.stream()
                .filter(o -> o.type() == EntityType.PERSON && NameKeys.words(o.key()).size() > 1)
                .map(Occurrence::key).collect(Collectors.toSet());
        return !fullNames.isEmpty() && occurrences.stream().allMatch(o -> fullNames.contains(o.key())
                || NameKeys.words(o.key()).size() == 1 && fullNames.stream().anyMatch(f -> f.endsWith(" " + o.key())));
    }

    private static Optional<EntityType> majority(List<Occurrence> occurrences) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        occurrences.stream().map(Occurrence::type).filter(java.util.Objects::nonNull)
                .forEach(type -> votes.merge(type, 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * A description stands for the nearest entity of its kind named before it in the same document. When
     * some entity's name holds the description's head ("the agency" and "X News Agency"), only such
     * entities qualify: a description that names its kind should not fall to a neighbour of another kind.
     */
    private static void resolveDescriptions(List<EntityDraft> drafts, List<DocumentLanguage> languages) {
        for (DocumentLanguage language : languages) {
            for (Description description : language.descriptions()) {
                List<EntityDraft> named = drafts.stream().filter(d -> d.nameHolds(description.head())).toList();
                List<EntityDraft> candidates = named.isEmpty()
                        ? drafts.stream().filter(d -> d.type() == description.type()).toList() : named;
                nearestBefore(candidates, description.mention()).ifPresent(draft -> draft.descriptions().add(description.mention()));
            }
        }
    }

    /**
     * The nearest entity named before, unless another within reach was named at least twice as often in the
     * document so far than every other: a text's main actor is what "the group" means when a side actor was
     * named last ("offer assistance through the UNHCR ... to the dissident group").
     */
    private static Optional<EntityDraft> nearestBefore(List<EntityDraft> candidates, Mention at) {
        EntityDraft nearest = null;
        int nearestEnd = -1;
        Map<EntityDraft, Integer> namedBefore = new LinkedHashMap<>();
        for (EntityDraft draft : candidates) {
            boolean inReach = false;
            int count = 0;
            for (Occurrence occurrence : draft.names()) {
                Mention name = occurrence.mention();
                if (name.document().equals(at.document()) && name.end() <= at.start()) {
                    count++;
                    inReach |= at.start() - name.end() <= DESCRIPTION_REACH;
                    if (at.start() - name.end() <= DESCRIPTION_REACH && name.end() > nearestEnd) {
                        nearestEnd = name.end();
                        nearest = draft;
                    }
                }
            }
            if (inReach) {
                namedBefore.put(draft, count);
            }
        }
        return Optional.ofNullable(dominant(namedBefore).orElse(nearest));
    }

    private static Optional<EntityDraft> dominant(Map<EntityDraft, Integer> namedBefore) {
        List<Map.Entry<EntityDraft, Integer>> ranked = namedBefore.entrySet().stream()
                .sorted(Map.Entry.<EntityDraft, Integer>comparingByValue().reversed()).toList();
        boolean dominates = ranked.size() >= 2 && ranked.get(0).getValue() >= 2 * ranked.get(1).getValue();
        return dominates ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }

    /** An entity under construction. */
    private record EntityDraft(EntityType type, List<Occurrence> names, List<Mention> descriptions) {

        boolean nameHolds(String word) {
            return names.stream().anyMatch(o -> NameKeys.words(o.key()).contains(word));
        }

        int mentionCount() {
            return names.size() + descriptions.size();
        }

        /** The most common full form: acronyms only when nothing else is written, longer forms before surnames. */
        String name() {
            Map<String, Long> counts = names.stream().map(o -> o.mention().text())
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
            List<String> full = counts.keySet().stream().filter(s -> !NameKeys.isAcronym(s)).toList();
            List<String> candidates = full.isEmpty() ? List.copyOf(counts.keySet()) : full;
            int mostWords = candidates.stream().mapToInt(s -> Math.min(2, s.split("[\\s]+").length)).max().orElse(1);
            return candidates.stream()
                    .filter(s -> Math.min(2, s.split("[\\s]+").length) == mostWords)
                    .max(Comparator.comparingLong((String s) -> counts.get(s)).thenComparingInt(String::length)
                            .thenComparing(Comparator.reverseOrder()))
                    .orElseThrow();
        }

        List<String> aliases() {
            Map<String, Long> counts = names.stream().map(o -> o.mention().text())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
        }

        Entity toEntity(String id) {
            List<Mention> mentions = new ArrayList<>();
            names.forEach(o -> mentions.add(o.mention()));
            mentions.addAll(descriptions);
            Set<Mention> unique = new HashSet<>();
            List<Mention> ordered = mentions.stream().filter(unique::add)
                    .sorted(Comparator.comparing(Mention::document).thenComparingInt(Mention::start)).toList();
            return new Entity(id, name(), type, aliases(), ordered);
        }
    }
}
