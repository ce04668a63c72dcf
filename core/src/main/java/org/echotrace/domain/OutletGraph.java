package org.echotrace.domain;

import java.util.List;

/**
 * Who copies whom across a corpus, one level above the document pairs: each document's outlet, the
 * outlets, the directed edges between them and the chains of copies of copies.
 *
 * @param documents one per document, in document order
 * @param outlets   most words first
 * @param edges     most words first
 * @param chains    hidden origins first, then most words
 */
public record OutletGraph(List<DocumentOutlet> documents, List<Outlet> outlets, List<OutletEdge> edges,
                          List<OutletChain> chains) {

    public static final OutletGraph EMPTY = new OutletGraph(List.of(), List.of(), List.of(), List.of());

    public OutletGraph {
        documents = List.copyOf(documents == null ? List.of() : documents);
        outlets = List.copyOf(outlets == null ? List.of() : outlets);
        edges = List.copyOf(edges == null ? List.of() : edges);
        chains = List.copyOf(chains == null ? List.of() : chains);
    }
}
