package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.Document;
import org.echotrace.domain.DocumentOutlet;
import org.echotrace.domain.Outlet;
import org.echotrace.domain.OutletChain;
import org.echotrace.domain.OutletEdge;
import org.echotrace.domain.ReusePair;

/**
 * The outlet graph's steps one key at a time, for a job that gathers each key's data on one machine (the
 * Spark job): {@link OutletGraphBuilder} runs the same steps over the whole corpus at once, so both give the
 * same graph. In order: each document's outlet, then one spelling per outlet; the copy each reuse pair makes
 * (from the pair and its two documents); per target document, which of its copies took the text directly
 * (two passes: the copies won outright make the habits, summed over the corpus, that decide ties); per
 * document its facts; per outlet its tally, per edge its tally (both merge); per last document its chains.
 * Serializable: it holds only the settings, and a job's tasks carry it.
 */
public final class OutletSteps implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Outlets, edges and chains in the graph's order (the job sorts its tables by them). */
    public static final Comparator<Outlet> OUTLET_ORDER = OutletProfiles.ORDER;
    public static final Comparator<OutletEdge> EDGE_ORDER = OutletEdges.ORDER;
    public static final Comparator<OutletChain> CHAIN_ORDER = CopyChains.ORDER;

    private static final char SEPARATOR = '\n';

    private final int minWords;

    /** @param minWords the analysis's shortest reported passage, as for {@link OutletGraphBuilder} */
    public OutletSteps(int minWords) {
        this.minWords = minWords;
    }

    /** The outlet a document names or its record or address gives, before spellings of one outlet are made one. */
    public static DocumentOutlet named(Document document) {
        return OutletNames.of(document);
    }

    /** Spellings of one outlet share this key. */
    public static String spellingKey(String outlet) {
        return OutletNames.key(outlet);
    }

    /** The spelling an outlet is given, from how many documents use each. */
    public static String preferredSpelling(Map<String, Integer> spellings) {
        return OutletNames.preferred(spellings);
    }

    public static DocumentOutlet spelled(DocumentOutlet outlet, String spelling) {
        return OutletNames.spelled(outlet, spelling);
    }

    /** The copy a reuse pair makes between its documents' two outlets; empty within one outlet or too short. */
    public Optional<Copy> copy(ReusePair pair, Document a, Document b, String outletA, String outletB) {
        List<Copy> copies = new Copies(Map.of(a.id(), a, b.id(), b), Map.of(a.id(), outletA, b.id(), outletB),
                2 * minWords).of(List.of(pair));
        return copies.stream().findFirst();
    }

    /** The source's text of each of the copy's passages: what its target's contest reads of the source. */
    public static List<String> sourcePassages(Copy copy, String sourceText) {
        return copy.inSource().stream().map(span -> DirectSources.passageOf(sourceText, span)).toList();
    }

    /**
     * How close each rival comes on each passage of each copy into one target, [copy][passage][rival].
     *
     * @param incoming       the directed copies into the target
     * @param sourcePassages per copy, its {@link #sourcePassages}
     */
    public static int[][][] closeness(List<Copy> incoming, String targetText, List<List<String>> sourcePassages) {
        Map<Copy, List<String>> passages = new java.util.IdentityHashMap<>();
        for (int i = 0; i < incoming.size(); i++) {
            passages.put(incoming.get(i), sourcePassages.get(i));
        }
        DirectSources.Texts texts = new DirectSources.Texts() {
            @Override
            public String target() {
                return targetText;
            }

            @Override
            public String inSource(Copy copy, int passage) {
                return passages.get(copy).get(passage);
            }
        };
        return DirectSources.Contest.of(incoming, texts).closeness();
    }

    /** The copies into one target that no rival comes as close to: what {@link #habitKey}s count. */
    public static List<Copy> winnersOutright(List<Copy> incoming, int[][][] closeness) {
        return new DirectSources.Contest(incoming, closeness).winnersOutright();
    }

    /** The outlets a copy won outright counts for: how often the target's outlet takes from the source's. */
    public static String habitKey(Copy copy) {
        return copy.targetOutlet() + SEPARATOR + copy.sourceOutlet();
    }

    /**
     * The copies into one target, each marked direct or not.
     *
     * @param habits copies won outright over the corpus, by {@link #habitKey} (keys not read may be missing)
     */
    public static List<Copy> marked(List<Copy> incoming, int[][][] closeness, Map<String, Integer> habits) {
        DirectSources.Habits read = new DirectSources.Habits();
        for (Copy c : incoming) {
            Integer n = habits.get(habitKey(c));
            if (n != null && read.count(c) == 0) {
                read.add(c.targetOutlet(), c.sourceOutlet(), n);
            }
        }
        return new DirectSources.Contest(incoming, closeness).marked(read);
    }

    /** What one document adds to its outlet's profile, from the marked directed copies into and out of it. */
    public static DocumentFacts facts(Document document, DocumentOutlet outlet, List<Copy> into, List<Copy> outOf) {
        return DocumentFacts.of(document, outlet, into, outOf);
    }

    /** The tally a document's facts start for its outlet. */
    public static OutletTally tally(DocumentFacts facts) {
        return new OutletTally(facts.outlet().outlet()).add(facts);
    }

    /**
     * The credit a copy gives (its target's outlet) and receives (its source's), as tallies to merge into
     * theirs; none when the copy does not count for credit.
     */
    public static List<OutletTally> creditTallies(Copy copy) {
        if (!OutletProfiles.countsForCredit(copy)) {
            return List.of();
        }
        return List.of(new OutletTally(copy.targetOutlet()).gave(copy.credited()),
                new OutletTally(copy.sourceOutlet()).received(copy.credited()));
    }

    /** The edge a copy counts for, or empty when it is not direct (the text was taken from another copy). */
    public static Optional<EdgeTally> edgeTally(Copy copy, String storyOfTarget) {
        return copy.direct() ? Optional.of(new EdgeTally(EdgeTally.Key.of(copy)).add(copy, storyOfTarget))
                : Optional.empty();
    }

    /**
     * The chains ending in one document.
     *
     * @param incoming    the marked directed copies into it
     * @param intoSources the marked directed copies into each of its direct sources
     */
    public List<OutletChain> chainsEnding(List<Copy> incoming, Map<String, List<Copy>> intoSources, String text) {
        return new CopyChains(minWords).ending(incoming, intoSources, text);
    }

    /** The direct, directed copies into a document: the sources whose own incoming copies its chains read. */
    public static List<String> directSources(List<Copy> incoming) {
        List<String> sources = new ArrayList<>();
        for (Copy c : incoming) {
            if (c.directed() && c.direct()) {
                sources.add(c.source());
            }
        }
        return sources;
    }
}
