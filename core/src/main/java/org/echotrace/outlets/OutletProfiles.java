package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Outlet;
import org.echotrace.domain.OutletWords;

/**
 * Per outlet: its words, the words of them that appear earlier in other outlets (in all and per source),
 * the words others took later, and the credit it gives and receives. Only copies whose direction is known
 * count; the words from elsewhere count every earlier match, the sources and credit only the direct copies.
 */
final class OutletProfiles {

    private OutletProfiles() {
    }

    /**
     * @param documents the documents counted, each with its facts
     * @param copies    the copies whose credit counts (given by their target's outlet, received by their source's)
     */
    static List<Outlet> of(List<DocumentFacts> documents, List<Copy> copies) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        documents.forEach(d -> tallies.computeIfAbsent(d.outlet().outlet(), Tally::new).add(d));
        for (Copy c : copies) {
            if (c.directed() && c.direct()) {
                tallies.computeIfAbsent(c.targetOutlet(), Tally::new).given.add(c.credited());
                tallies.computeIfAbsent(c.sourceOutlet(), Tally::new).received.add(c.credited());
            }
        }
        return tallies.values().stream().filter(t -> t.articles > 0).map(Tally::outlet)
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

        void add(DocumentFacts d) {
            allInferred &= d.outlet().inferred();
            articles++;
            words += d.words();
            fromElsewhere += d.fromElsewhere();
            takenByOthers += d.takenByOthers();
            d.bySource().forEach((source, n) -> bySource.merge(source, n, Integer::sum));
        }

        Outlet outlet() {
            List<OutletWords> sources = new ArrayList<>(bySource.entrySet().stream()
                    .map(e -> new OutletWords(e.getKey(), e.getValue())).toList());
            sources.sort(Comparator.comparingInt(OutletWords::words).reversed().thenComparing(OutletWords::outlet));
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
