package org.echotrace.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.echotrace.domain.Document;
import org.echotrace.domain.Mention;

/**
 * Finds the places where a known name is written but the tagger did not tag it (taggers are
 * inconsistent on acronyms and long foreign names). Only names that cannot be ordinary words are
 * searched: acronyms and names of several words, matched case-sensitively on word boundaries.
 */
final class AliasSearch {

    private AliasSearch() {
    }

    static List<Mention> untaggedOccurrences(List<Document> documents, List<Mention> tagged) {
        Set<String> searchable = tagged.stream().map(Mention::text)
                .filter(name -> NameKeys.isAcronym(name) || name.strip().contains(" "))
                .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))));
        List<Mention> found = new ArrayList<>();
        for (Document document : documents) {
            List<Mention> taken = new ArrayList<>(tagged.stream().filter(m -> m.document().equals(document.id())).toList());
            for (String name : searchable) {
                for (int at = document.text().indexOf(name); at >= 0; at = document.text().indexOf(name, at + 1)) {
                    Mention candidate = new Mention(document.id(), at, at + name.length(), name);
                    if (onWordBoundaries(document.text(), at, at + name.length()) && taken.stream().noneMatch(m -> overlap(m, candidate))) {
                        taken.add(candidate);
                        found.add(candidate);
                    }
                }
            }
        }
        return found;
    }

    private static boolean onWordBoundaries(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }

    private static boolean overlap(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
