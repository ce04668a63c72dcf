package org.echotrace.outlets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.OutletChain;
import org.echotrace.domain.OutletGraph;
import org.echotrace.domain.Published;

/**
 * Everything the outlet graph is summed from, kept so that the graph of any date range is a quick sum
 * (a server answers from it without reading a text): each document's facts and day, the copies between
 * outlets and the chains. Immutable.
 */
public final class OutletFacts {

    private final List<DocumentFacts> documents;
    private final Map<String, LocalDate> dayOf;
    private final Map<String, String> storyOf;
    private final List<Copy> copies;
    private final List<OutletChain> chains;
    /** The whole graph, summed at the first request: most requests ask for it, and the facts never change. */
    private volatile OutletGraph whole;

    OutletFacts(List<DocumentFacts> documents, Map<String, LocalDate> dayOf, Map<String, String> storyOf,
                List<Copy> copies, List<OutletChain> chains) {
        this.documents = List.copyOf(documents);
        this.dayOf = Map.copyOf(dayOf);
        this.storyOf = Map.copyOf(storyOf);
        this.copies = List.copyOf(copies);
        this.chains = List.copyOf(chains);
    }

    /** The graph of every document. */
    public OutletGraph graph() {
        OutletGraph graph = whole;
        if (graph == null) {
            graph = new OutletGraph(documents.stream().map(DocumentFacts::outlet).toList(),
                    OutletProfiles.of(documents, copies), OutletEdges.of(copies, storyOf), chains);
            whole = graph;
        }
        return graph;
    }

    /**
     * The graph of the documents published from {@code from} to {@code to} (days, both included; null for
     * open): their outlets' profiles, the copies made by documents of those days and the chains ending there.
     * Undated documents are outside every range.
     */
    public OutletGraph graph(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return graph();
        }
        List<DocumentFacts> inRange = new ArrayList<>();
        for (DocumentFacts d : documents) {
            if (within(d.outlet().document(), from, to)) {
                inRange.add(d);
            }
        }
        List<Copy> made = copies.stream().filter(c -> within(c.target(), from, to)).toList();
        return new OutletGraph(inRange.stream().map(DocumentFacts::outlet).toList(), OutletProfiles.of(inRange, made),
                OutletEdges.of(made, storyOf), chains.stream().filter(c -> within(c.lastDocument(), from, to)).toList());
    }

    private boolean within(String document, LocalDate from, LocalDate to) {
        LocalDate day = dayOf.get(document);
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Each document's day, for the facts' date ranges. */
    static Map<String, LocalDate> days(List<Document> documents) {
        Map<String, LocalDate> days = new HashMap<>();
        for (Document d : documents) {
            Published p = d.published();
            if (p != null) {
                days.put(d.id(), p.date());
            }
        }
        return days;
    }
}
