package org.echotrace.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering with average linkage over a sparse similarity graph: repeatedly join the two
 * groups whose average pairwise similarity is highest, while it reaches the threshold. Pairs without an
 * edge count as similarity 0, so a group joins another only when it resembles most of it, not one
 * member (single linkage would chain unrelated stories through one broad article).
 */
final class AverageLinkage {

    private final int size;
    private final IntDoubleMap[] sums;
    private final int[] members;
    private final int[] version;
    private final int[] parent;

    AverageLinkage(int size) {
        this.size = size;
        this.members = new int[size];
        this.version = new int[size];
        this.parent = new int[size];
        this.sums = new IntDoubleMap[size];
        for (int i = 0; i < size; i++) {
            sums[i] = new IntDoubleMap();
            members[i] = 1;
            parent[i] = i;
        }
    }

    /** Adds (or accumulates) the similarity between two items; call before {@link #cluster}. */
    void addSimilarity(int i, int j, double similarity) {
        if (i == j) {
            return;
        }
        sums[i].add(j, similarity);
        sums[j].add(i, similarity);
    }

    /** Groups the items; each list holds item indexes in ascending order. */
    List<List<Integer>> cluster(double threshold) {
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int i = 0; i < size; i++) {
            int from = i;
            sums[i].forEach((other, sum) -> {
                if (from < other) {
                    offer(queue, from, other, sum, threshold);
                }
            });
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.versionA != version[c.a] || c.versionB != version[c.b] || parent[c.a] != c.a || parent[c.b] != c.b) {
                continue;
            }
            merge(c.a, c.b, queue, threshold);
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < size; i++) {
            groups.computeIfAbsent(root(i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

    private void merge(int a, int b, PriorityQueue<Candidate> queue, double threshold) {
        parent[b] = a;
        members[a] += members[b];
        version[a]++;
        IntDoubleMap merged = sums[a];
        merged.remove(b);
        // only b's neighbours see their sums change; a's others keep theirs (the maps are symmetric), so
        // rewriting those too was most of the clustering time on a large group
        sums[b].forEach((other, sum) -> {
            if (other != a) {
                merged.add(other, sum);
                IntDoubleMap back = sums[other];
                back.remove(b);
                back.put(a, merged.get(other));
            }
        });
        sums[b].clear();
        // every average with a changed (a has more members): offer again those that still reach the threshold
        merged.forEach((other, sum) -> offer(queue, a, other, sum, threshold));
    }

    private void offer(PriorityQueue<Candidate> queue, int a, int b, double sum, double threshold) {
        double average = sum / ((double) members[a] * members[b]);
        if (average >= threshold) {
            queue.add(new Candidate(a, b, version[a], version[b], average));
        }
    }

    private int root(int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private record Candidate(int a, int b, int versionA, int versionB, double average)
            implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            // ties by the pair, so that the order of merging never depends on the order links were offered
            int byAverage = Double.compare(o.average, average);
            return byAverage != 0 ? byAverage : a != o.a ? Integer.compare(a, o.a) : Integer.compare(b, o.b);
        }
    }
}
