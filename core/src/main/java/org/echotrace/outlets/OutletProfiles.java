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
        Map<String, OutletTally> tallies = new LinkedHashMap<>();
        documents.forEach(d -> tallies.computeIfAbsent(d.outlet().outlet(), OutletTally::new).add(d));
        for (Copy c : copies) {
            if (countsForCredit(c)) {
                tallies.computeIfAbsent(c.targetOutlet(), OutletTally::new).gave(c.credited());
                tallies.computeIfAbsent(c.sourceOutlet(), OutletTally::new).received(c.credited());
            }
        }
        return tallies.values().stream().filter(OutletTally::hasArticles).map(OutletTally::outlet).sorted(ORDER).toList();
    }

    /** Most text taken by others first, then most text from elsewhere, then by name. */
    static final Comparator<Outlet> ORDER = Comparator.comparingInt(Outlet::wordsTakenByOthers).reversed()
            .thenComparing(Comparator.comparingInt(Outlet::wordsFromElsewhere).reversed())
            .thenComparing(Outlet::name);

    /** Only copies whose direction is known and that took the text from their source count for credit. */
    static boolean countsForCredit(Copy c) {
        return c.directed() && c.direct();
    }
}
