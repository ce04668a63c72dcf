package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.DocumentOutlet;
import org.echotrace.domain.OutletGraph;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;

/**
 * Builds the outlet graph of a corpus from its documents, their reuse pairs (with direction and credit)
 * and stories: each document's outlet, the copies between outlets, which earlier document each passage was
 * taken from, the edges those direct copies sum to, each outlet's profile and the chains of copies of copies.
 */
public final class OutletGraphBuilder {

    private final int minWords;

    /**
     * @param minWords the analysis's shortest reported passage: a chain's shortest passage, and half of the
     *                 fewest shared words that make a copy between outlets
     */
    public OutletGraphBuilder(int minWords) {
        this.minWords = minWords;
    }

    public OutletGraph build(List<Document> documents, List<ReusePair> reuse, List<Story> stories) {
        return facts(documents, reuse, stories).graph();
    }

    /** What the graph is summed from, for graphs of date ranges. */
    public OutletFacts facts(List<Document> documents, List<ReusePair> reuse, List<Story> stories) {
        List<DocumentOutlet> outlets = OutletNames.of(documents);
        Map<String, Document> byId = new HashMap<>();
        Map<String, String> outletOf = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            byId.put(documents.get(i).id(), documents.get(i));
            outletOf.put(documents.get(i).id(), outlets.get(i).outlet());
        }
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.documents().forEach(d -> storyOf.put(d, s.id())));
        List<Copy> copies = new DirectSources(byId).mark(new Copies(byId, outletOf, 2 * minWords).of(reuse));
        Map<String, List<Copy>> into = new HashMap<>();
        Map<String, List<Copy>> outOf = new HashMap<>();
        for (Copy c : copies) {
            if (c.directed()) {
                into.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c);
                outOf.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
            }
        }
        List<DocumentFacts> facts = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            String id = documents.get(i).id();
            facts.add(DocumentFacts.of(documents.get(i), outlets.get(i), into.getOrDefault(id, List.of()),
                    outOf.getOrDefault(id, List.of())));
        }
        return new OutletFacts(facts, OutletFacts.days(documents), storyOf, copies, new CopyChains(minWords).of(copies, byId));
    }
}
