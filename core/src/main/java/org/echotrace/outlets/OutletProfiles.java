package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.DocumentOutlet;
import org.echotrace.domain.Outlet;
import org.echotrace.domain.OutletWords;
import org.echotrace.domain.Span;

/**
 * Per outlet: its words, the words of them that appear earlier in other outlets (in all and per source),
 * the words others took later, and the credit it gives and receives. Only copies whose direction is known
 * count; the words from elsewhere count every earlier match, the sources and credit only the direct copies.
 */
final class OutletProfiles {

    private OutletProfiles() {
    }

    static List<Outlet> of(List<Document> documents, List<DocumentOutlet> outlets, List<Copy> copies) {
        Map<String, List<Copy>> into = new HashMap<>();
        Map<String, List<Copy>> outOf = new HashMap<>();
        for (Copy c : copies) {
            if (c.directed()) {
                into.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c);
                outOf.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            DocumentOutlet outlet = outlets.get(i);
            tallies.computeIfAbsent(outlet.outlet(), Tally::new)
                    .add(d, outlet.inferred(), into.getOrDefault(d.id(), List.of()), outOf.getOrDefault(d.id(), List.of()));
        }
        return tallies.values().stream().map(Tally::outlet)
                .sorted(Comparator.comparingInt(Outlet::wordsTakenByOthers).reversed()
                        .thenComparing(Comparator.comparingInt(Outlet::wordsFromElsewhere).reversed())
                        .thenComparing(Outlet::name))
                .toList();
    }

    /** One outlet's counts, document by document. */
    private static final class Tally {
        private final String name;
        private boolean allInferred = true;
        private int articles;
        private int words;
        private int fromElsewhere;
        private int takenByOthers;
        private final Map<String, Integer> bySource = new HashMap<>();
        private final Credit given = new Credit();
        private final Credit received = new Credit();

        Tally(String name) {
            this.name = name;
        }

        void add(Document d, boolean inferred, List<Copy> into, List<Copy> outOf) {
            allInferred &= inferred;
            articles++;
            words += WordCount.of(d.text());
            fromElsewhere += WordCount.inUnion(d.text(), into.stream().flatMap(c -> c.inTarget().stream()).toList());
            takenByOthers += WordCount.inUnion(d.text(), outOf.stream().flatMap(c -> c.inSource().stream()).toList());
            Map<String, List<Span>> spansBySource = new HashMap<>();
            for (Copy c : into) {
                if (c.direct()) {
                    spansBySource.computeIfAbsent(c.sourceOutlet(), k -> new ArrayList<>()).addAll(c.inTarget());
                    given.add(c.credited());
                }
            }
            spansBySource.forEach((source, spans) -> bySource.merge(source, WordCount.inUnion(d.text(), spans), Integer::sum));
            outOf.stream().filter(Copy::direct).forEach(c -> received.add(c.credited()));
        }

        Outlet outlet() {
            List<OutletWords> sources = bySource.entrySet().stream().map(e -> new OutletWords(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt(OutletWords::words).reversed().thenComparing(OutletWords::outlet))
                    .toList();
            return new Outlet(name, allInferred, articles, words, fromElsewhere, sources, takenByOthers, given.share(),
                    received.share());
        }
    }

    /** Credited copies among those whose credit is known. */
    private static final class Credit {
        private int credited;
        private int known;

        void add(Boolean c) {
            if (c != null) {
                known++;
                credited += c ? 1 : 0;
            }
        }

        Double share() {
            return known == 0 ? null : (double) credited / known;
        }
    }
}
