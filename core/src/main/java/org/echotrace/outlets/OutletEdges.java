package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.echotrace.domain.OutletEdge;

/** Sums the direct copies between each two outlets into one edge. */
final class OutletEdges {

    private static final double MEDIAN = 0.5;
    private static final double P90 = 0.9;

    private OutletEdges() {
    }

    /**
     * @param copies  every copy; only direct ones make edges (the text was taken from that source)
     * @param storyOf each document's story id; documents outside every story count as none
     */
    static List<OutletEdge> of(List<Copy> copies, Map<String, String> storyOf) {
        Map<EdgeKey, List<Copy>> byEdge = new LinkedHashMap<>();
        for (Copy c : copies) {
            if (!c.direct()) {
                continue;
            }
            byEdge.computeIfAbsent(EdgeKey.of(c), k -> new ArrayList<>()).add(c);
        }
        List<OutletEdge> edges = new ArrayList<>();
        byEdge.forEach((key, group) -> edges.add(edge(key, group, storyOf)));
        edges.sort(Comparator.comparingInt(OutletEdge::words).reversed()
                .thenComparing(OutletEdge::from).thenComparing(OutletEdge::to));
        return edges;
    }

    private static OutletEdge edge(EdgeKey key, List<Copy> group, Map<String, String> storyOf) {
        Set<String> stories = new HashSet<>();
        Set<String> articles = new HashSet<>();
        int passages = 0;
        int words = 0;
        int credited = 0;
        int checked = 0;
        double[] delays = new double[group.size()];
        int dated = 0;
        for (Copy c : group) {
            String later = key.directed() ? c.target() : null;
            if (later != null) {
                articles.add(later);
                stories.add(storyOf.get(later));
            } else {
                // undirected: both sides' documents share the text, neither is known to have taken it
                articles.add(c.target());
                articles.add(c.source());
                stories.add(storyOf.get(c.target()));
            }
            passages += c.passages();
            words += c.words();
            if (c.credited() != null) {
                checked++;
                credited += c.credited() ? 1 : 0;
            }
            Double delay = c.delayHours();
            if (delay != null) {
                delays[dated++] = delay;
            }
        }
        stories.remove(null);
        double[] known = java.util.Arrays.copyOf(delays, dated);
        return new OutletEdge(key.from(), key.to(), key.directed(), stories.size(), articles.size(), group.size(),
                passages, words, checked == 0 ? null : (double) credited / checked, Percentiles.of(known, MEDIAN),
                Percentiles.of(known, P90));
    }

    /** An undirected edge is keyed by its outlets in name order, so that both pair orders meet. */
    private record EdgeKey(String from, String to, boolean directed) {
        static EdgeKey of(Copy c) {
            if (c.directed() || c.sourceOutlet().compareTo(c.targetOutlet()) <= 0) {
                return new EdgeKey(c.sourceOutlet(), c.targetOutlet(), c.directed());
            }
            return new EdgeKey(c.targetOutlet(), c.sourceOutlet(), false);
        }

        EdgeKey {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
        }
    }
}
