package org.echotrace.outlets;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.echotrace.domain.Outlet;
import org.echotrace.domain.OutletWords;

/**
 * One outlet's counts, document by document and copy by copy. Tallies of parts of a corpus merge into
 * the tally of the whole (sums and set unions), so that a job can count on many machines.
 */
public final class OutletTally implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private boolean allInferred = true;
    private int articles;
    private int words;
    private int fromElsewhere;
    private int takenByOthers;
    private final HashMap<String, Integer> bySource = new HashMap<>();
    private final Credit given = new Credit();
    private final Credit received = new Credit();

    public OutletTally(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public OutletTally add(DocumentFacts d) {
        allInferred &= d.outlet().inferred();
        articles++;
        words += d.words();
        fromElsewhere += d.fromElsewhere();
        takenByOthers += d.takenByOthers();
        d.bySource().forEach((source, n) -> bySource.merge(source, n, Integer::sum));
        return this;
    }

    /** A copy of the outlet's (it the later side) with this credit. */
    public OutletTally gave(Boolean credited) {
        given.add(credited);
        return this;
    }

    /** A copy of the outlet's text with this credit. */
    public OutletTally received(Boolean credited) {
        received.add(credited);
        return this;
    }

    public OutletTally merge(OutletTally other) {
        allInferred &= other.allInferred;
        articles += other.articles;
        words += other.words;
        fromElsewhere += other.fromElsewhere;
        takenByOthers += other.takenByOthers;
        other.bySource.forEach((source, n) -> bySource.merge(source, n, Integer::sum));
        given.merge(other.given);
        received.merge(other.received);
        return this;
    }

    /** Credit alone makes no outlet: an outlet is counted where it has documents. */
    public boolean hasArticles() {
        return articles > 0;
    }

    public Outlet outlet() {
        List<OutletWords> sources = new ArrayList<>(bySource.entrySet().stream()
                .map(e -> new OutletWords(e.getKey(), e.getValue())).toList());
        sources.sort(Comparator.comparingInt(OutletWords::words).reversed().thenComparing(OutletWords::outlet));
        return new Outlet(name, allInferred, articles, words, fromElsewhere, sources, takenByOthers, given.share(),
                received.share());
    }

    /** Credited copies among those whose credit is known. */
    private static final class Credit implements Serializable {
        private static final long serialVersionUID = 1L;
        private int credited;
        private int known;

        void add(Boolean c) {
            if (c != null) {
                known++;
                credited += c ? 1 : 0;
            }
        }

        void merge(Credit other) {
            credited += other.credited;
            known += other.known;
        }

        Double share() {
            return known == 0 ? null : (double) credited / known;
        }
    }
}
