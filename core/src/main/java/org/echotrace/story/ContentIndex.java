package org.echotrace.story;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The batch path's {@link ContentLinks}: postings of the linking words (a seed of some document, held by 2
 * to {@link ContentLinks#MAX_HOLDERS} documents) as flat arrays, then each document's row of sums with the
 * documents after it, word by word, on every core. Only the sums at or above {@link ContentLinks#MIN_LINK}
 * are kept, so the memory is that of the links, never of all the pairs sharing a word.
 */
final class ContentIndex {

    /** Rows summed by one task; each task's dense accumulator is reused for its rows. */
    private static final int ROWS_PER_TASK = 256;

    /** Word t's holders are {@code [start[t], start[t + 1])}, in document order. */
    private record Postings(int[] start, int[] documents, float[] weights, boolean[] seeds) {
    }

    /** One document's links to the documents after it. */
    private record Row(int document, int[] others, double[] sums) {
    }

    private ContentIndex() {
    }

    static PairSums links(List<TermVectors.SparseVector> vectors) {
        Postings postings = postings(vectors);
        int rows = vectors.size();
        List<Row[]> tasks = IntStream.range(0, (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK).parallel()
                .mapToObj(task -> {
                    Accumulator acc = new Accumulator(rows);
                    int first = task * ROWS_PER_TASK;
                    Row[] out = new Row[Math.min(ROWS_PER_TASK, rows - first)];
                    for (int r = 0; r < out.length; r++) {
                        out[r] = acc.row(first + r, vectors.get(first + r), postings);
                    }
                    return out;
                }).toList();
        int links = tasks.stream().flatMap(Arrays::stream).mapToInt(r -> r.others().length).sum();
        PairSums sums = new PairSums(links);
        for (Row[] task : tasks) {
            for (Row r : task) {
                for (int k = 0; k < r.others().length; k++) {
                    sums.add(PairKey.of(r.document(), r.others()[k]), r.sums()[k]);
                }
            }
        }
        return sums;
    }

    private static Postings postings(List<TermVectors.SparseVector> vectors) {
        int vocabulary = 0;
        for (TermVectors.SparseVector v : vectors) {
            for (int t : v.terms()) {
                vocabulary = Math.max(vocabulary, t + 1);
            }
        }
        int[] holders = new int[vocabulary];
        boolean[] seeded = new boolean[vocabulary];
        for (TermVectors.SparseVector v : vectors) {
            for (int k = 0; k < v.terms().length; k++) {
                holders[v.terms()[k]]++;
                seeded[v.terms()[k]] |= v.seeds()[k];
            }
        }
        int[] start = new int[vocabulary + 1];
        for (int t = 0; t < vocabulary; t++) {
            boolean links = seeded[t] && holders[t] >= 2 && holders[t] <= ContentLinks.MAX_HOLDERS;
            start[t + 1] = start[t] + (links ? holders[t] : 0);
        }
        int[] documents = new int[start[vocabulary]];
        float[] weights = new float[documents.length];
        boolean[] seeds = new boolean[documents.length];
        int[] filled = new int[vocabulary];
        for (int d = 0; d < vectors.size(); d++) {
            TermVectors.SparseVector v = vectors.get(d);
            for (int k = 0; k < v.terms().length; k++) {
                int t = v.terms()[k];
                if (start[t + 1] > start[t]) {
                    int at = start[t] + filled[t]++;
                    documents[at] = d;
                    weights[at] = v.weights()[k];
                    seeds[at] = v.seeds()[k];
                }
            }
        }
        return new Postings(start, documents, weights, seeds);
    }

    /** A dense row of sums, cleared after each row by the documents it touched. */
    private static final class Accumulator {
        private final double[] sum;
        private final boolean[] inRow;
        private final int[] touched;
        private int size;

        Accumulator(int documents) {
            sum = new double[documents];
            inRow = new boolean[documents];
            touched = new int[documents];
        }

        /** Document x's sums with the documents after it, word by word in its vector's order. */
        Row row(int x, TermVectors.SparseVector v, Postings p) {
            size = 0;
            for (int k = 0; k < v.terms().length; k++) {
                int t = v.terms()[k];
                boolean seed = v.seeds()[k];
                double w = v.weights()[k];
                for (int at = p.start()[t]; at < p.start()[t + 1]; at++) {
                    int y = p.documents()[at];
                    if (y > x && (seed || p.seeds()[at])) {
                        add(y, w * p.weights()[at]);
                    }
                }
            }
            return kept(x);
        }

        private void add(int y, double product) {
            if (!inRow[y]) {
                inRow[y] = true;
                touched[size++] = y;
            }
            sum[y] += product;
        }

        private Row kept(int x) {
            Arrays.sort(touched, 0, size);
            int kept = 0;
            int[] others = new int[size];
            double[] sums = new double[size];
            for (int i = 0; i < size; i++) {
                int y = touched[i];
                if (ContentLinks.kept(sum[y]) > 0) {
                    others[kept] = y;
                    sums[kept++] = sum[y];
                }
                sum[y] = 0;
                inRow[y] = false;
            }
            return new Row(x, Arrays.copyOf(others, kept), Arrays.copyOf(sums, kept));
        }
    }
}
