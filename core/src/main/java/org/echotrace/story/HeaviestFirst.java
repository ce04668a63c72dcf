package org.echotrace.story;

/**
 * Sorts indexes into parallel arrays of word ids and weights heaviest first, ties by id, on primitives: the
 * boxed {@code Integer[]} and comparator it replaces cost an object per word of every text. Ids within a
 * text are distinct, so the order is total and any correct sort gives this one's result.
 */
final class HeaviestFirst {

    private static final int INSERTION = 16;

    private HeaviestFirst() {
    }

    static void sort(int[] indexes, int[] ids, double[] weights) {
        if (indexes.length > 1) {
            merge(indexes.clone(), indexes, 0, indexes.length, ids, weights);
        }
    }

    /** Sorts {@code into[from, to)}; {@code from}'s range holds the same indexes on entry and is spoilt. */
    private static void merge(int[] source, int[] into, int from, int to, int[] ids, double[] weights) {
        if (to - from < INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int x = into[i];
                int j = i;
                while (j > from && before(x, into[j - 1], ids, weights)) {
                    into[j] = into[j - 1];
                    j--;
                }
                into[j] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        merge(into, source, from, mid, ids, weights);
        merge(into, source, mid, to, ids, weights);
        for (int k = from, l = from, r = mid; k < to; k++) {
            if (r >= to || l < mid && !before(source[r], source[l], ids, weights)) {
                into[k] = source[l++];
            } else {
                into[k] = source[r++];
            }
        }
    }

    /** Whether index x comes before index y: heavier, or as heavy with the smaller id. */
    private static boolean before(int x, int y, int[] ids, double[] weights) {
        int byWeight = Double.compare(weights[y], weights[x]);
        return byWeight != 0 ? byWeight < 0 : ids[x] < ids[y];
    }
}
