package org.echotrace.outlets;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.OutletEdge;

/** Sums the direct copies between each two outlets into one edge. */
final class OutletEdges {

    private OutletEdges() {
    }

    /**
     * @param copies  every copy; only direct ones make edges (the text was taken from that source)
     * @param storyOf each document's story id; documents outside every story count as none
     */
    static List<OutletEdge> of(List<Copy> copies, Map<String, String> storyOf) {
        Map<EdgeTally.Key, EdgeTally> byEdge = new LinkedHashMap<>();
        for (Copy c : copies) {
            if (c.direct()) {
                byEdge.computeIfAbsent(EdgeTally.Key.of(c), EdgeTally::new).add(c, storyOf.get(c.target()));
            }
        }
        return byEdge.values().stream().map(EdgeTally::edge).sorted(ORDER).toList();
    }

    /** Most words first; then by outlets, a directed edge before the undirected one of the same two. */
    static final Comparator<OutletEdge> ORDER = Comparator.comparingInt(OutletEdge::words).reversed()
            .thenComparing(OutletEdge::from).thenComparing(OutletEdge::to)
            .thenComparing(e -> !e.directed());
}
