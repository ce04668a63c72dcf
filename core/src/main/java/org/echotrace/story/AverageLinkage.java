package org.echotrace.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering with average linkage over a sparse similarity graph: repeatedly join the two
 * groups whose average pairwise similarity is highest, while it reaches the threshold for the group it makes. Pairs without an
 * edge count as similarity 0, so a group joins another only when it resembles most of it, not one
 * member (single linkage would chain unrelated stories through one broad article).
 *
 * <p>A pair may count for less in a story of few items ({@link StorySettings#FEW_DOCUMENTS}) than in a larger
 * one: a merge that makes a story of few items averages its pairs' lower similarities for few, which only
 * the pairs whose two values differ keep apart ({@link #addSimilarity(int, int, double, double)}); the members
 * of groups too small to make more than a story of few are kept to look those pairs up.
 */
final class AverageLinkage {

    private final int size;
    /**
     * Similarity sums between groups, one map per group, keyed by the other group's map. A group's map
     * need not be the one its name (its root item) started with: a merge keeps the larger of the two maps,
     * so that each neighbour entry is rewritten a few times rather than at every merge of a large group.
     */
    private final IntDoubleMap[] sums;
    /** The map of each group, by its name (root item). */
    private final int[] mapOf;
    /** The name of the group each map belongs to. */
    private final int[] nameOf;
    private final int[] members;
    private final int[] version;
    private final int[] parent;
    /** For the pairs that count for less in a story of few items, how much less, by {@link PairKey}; made lazily. */
    private PairSums lessForFew;
    /** The members of each group that could still make a story of few items by one merge, by its name. */
    private final int[][] smallGroup;

    /** @param neighbours how many items each item will have a similarity with (sizes the maps) */
    AverageLinkage(int[] neighbours) {
        this.size = neighbours.length;
        this.members = new int[size];
        this.version = new int[size];
        this.parent = new int[size];
        this.mapOf = new int[size];
        this.nameOf = new int[size];
        this.sums = new IntDoubleMap[size];
        this.smallGroup = new int[size][];
        for (int i = 0; i < size; i++) {
            smallGroup[i] = new int[] {i};
            sums[i] = new IntDoubleMap(neighbours[i]);
            members[i] = 1;
            parent[i] = i;
            mapOf[i] = i;
            nameOf[i] = i;
        }
    }

    /** Adds (or accumulates) the similarity between two items; call before {@link #cluster}. */
    void addSimilarity(int i, int j, double similarity) {
        addSimilarity(i, j, similarity, similarity);
    }

    /**
     * Adds the similarity between two items, and what it counts for where the merge makes a story of at most
     * {@link StorySettings#FEW_DOCUMENTS} items ({@code forFew}, at most {@code similarity}); call once per pair,
     * before {@link #cluster}.
     */
    void addSimilarity(int i, int j, double similarity, double forFew) {
        if (i == j) {
            return;
        }
        sums[i].add(j, similarity);
        sums[j].add(i, similarity);
        if (forFew < similarity) {
            if (lessForFew == null) {
                lessForFew = new PairSums(size);
            }
            lessForFew.add(PairKey.of(i, j), similarity - forFew);
        }
    }

    /** The average similarity a merge needs, by the number of items of the group it makes. */
    @FunctionalInterface
    interface Threshold {
        double forMembers(int members);
    }

    /** Groups the items; each list holds item indexes in ascending order. */
    List<List<Integer>> cluster(Threshold threshold) {
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

    /** Group b joins group a, which keeps its name; the larger of their maps becomes a's. */
    private void merge(int a, int b, PriorityQueue<Candidate> queue, Threshold threshold) {
        parent[b] = a;
        boolean stillSmall = members[a] + members[b] < StorySettings.FEW_DOCUMENTS;
        smallGroup[a] = stillSmall ? concat(smallGroup[a], smallGroup[b]) : null;
        smallGroup[b] = null;
        members[a] += members[b];
        version[a]++;
        boolean keepA = sums[mapOf[a]].size() >= sums[mapOf[b]].size();
        int kept = keepA ? mapOf[a] : mapOf[b];
        int dropped = keepA ? mapOf[b] : mapOf[a];
        mapOf[a] = kept;
        nameOf[kept] = a;
        IntDoubleMap merged = sums[kept];
        merged.remove(dropped);
        // only the dropped map's neighbours see their entries change (the maps are symmetric), and
        // x + y == y + x, so the sums are those of merging b's map into a's
        sums[dropped].forEach((other, sum) -> {
            if (other != kept) {
                merged.add(other, sum);
                IntDoubleMap back = sums[other];
                back.remove(dropped);
                back.put(kept, merged.get(other));
            }
        });
        sums[dropped].clear();
        // every average with a changed (a has more members): offer again those that still reach the threshold
        merged.forEach((other, sum) -> offer(queue, a, nameOf[other], sum, threshold));
    }

    private void offer(PriorityQueue<Candidate> queue, int a, int b, double sum, Threshold threshold) {
        int together = members[a] + members[b];
        double counted = together <= StorySettings.FEW_DOCUMENTS ? sum - lessForFew(a, b) : sum;
        double average = counted / ((double) members[a] * members[b]);
        if (average >= threshold.forMembers(together)) {
            queue.add(new Candidate(a, b, version[a], version[b], average));
        }
    }

    /** How much less the pairs between two groups that make a story of few items count for it. */
    private double lessForFew(int a, int b) {
        if (lessForFew == null) {
            return 0;
        }
        double less = 0;
        for (int x : smallGroup[a]) {
            for (int y : smallGroup[b]) {
                less += lessForFew.get(PairKey.of(x, y), 0);
            }
        }
        return less;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
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
