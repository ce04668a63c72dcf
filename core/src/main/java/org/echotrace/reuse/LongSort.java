package org.echotrace.reuse;

import java.util.Arrays;
import java.util.concurrent.RecursiveAction;

/**
 * Sorts a long array in place on every core: the range is split around sampled pivots into parts sorted
 * as tasks of their own. {@link Arrays#parallelSort(long[])} sorts on one thread when the common pool's
 * parallelism is 1, as it is on 2 cores (the pool leaves one core to the caller), and the shingle keys and
 * hits are the largest arrays of the reuse stage: a merge sort's buffer of their size would not fit as well.
 * A sorted array is the same whatever sorted it, so the result is that of {@link Arrays#sort(long[])}.
 */
final class LongSort {

    /** Below this many elements a part is sorted on the thread that has it. */
    private static final int SEQUENTIAL = 1 << 16;
    /** Samples whose median is a part's pivot. */
    private static final int SAMPLES = 63;

    private LongSort() {
    }

    static void sort(long[] values) {
        // about four parts a core, so that a core slowed by other work does not hold up the end
        int parts = Math.max(1, Runtime.getRuntime().availableProcessors() * 4);
        int depth = 32 - Integer.numberOfLeadingZeros(parts - 1);
        new Part(values, 0, values.length, depth).invoke();
    }

    private static final class Part extends RecursiveAction {
        private final long[] values;
        private final int from;
        private final int to;
        private final int depth;

        Part(long[] values, int from, int to, int depth) {
            this.values = values;
            this.from = from;
            this.to = to;
            this.depth = depth;
        }

        @Override
        protected void compute() {
            if (depth == 0 || to - from < SEQUENTIAL) {
                Arrays.sort(values, from, to);
                return;
            }
            int split = partition(values, from, to, pivot(values, from, to));
            invokeAll(new Part(values, from, split, depth - 1), new Part(values, split, to, depth - 1));
        }
    }

    /** The median of values sampled evenly across {@code [from, to)}. */
    static long pivot(long[] values, int from, int to) {
        long[] sample = new long[SAMPLES];
        long step = (long) (to - from) / SAMPLES;
        for (int s = 0; s < SAMPLES; s++) {
            sample[s] = values[from + (int) (s * step)];
        }
        Arrays.sort(sample);
        return sample[SAMPLES / 2];
    }

    /**
     * Moves the values below {@code pivot} before the others; returns where the others start. A pivot that
     * is the smallest value leaves everything on one side: that part is then sorted as one, still right.
     */
    static int partition(long[] values, int from, int to, long pivot) {
        int i = from;
        int j = to - 1;
        while (true) {
            while (i <= j && values[i] < pivot) {
                i++;
            }
            while (i <= j && values[j] >= pivot) {
                j--;
            }
            if (i >= j) {
                return i;
            }
            long swap = values[i];
            values[i++] = values[j];
            values[j--] = swap;
        }
    }
}
