package org.echotrace.reuse;

import java.util.Arrays;

/**
 * Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): of a text's shingle hashes, in text order,
 * keeps the smallest of every window of {@code window} consecutive ones. The choice depends only on the
 * window's hashes, so two texts sharing a run of {@code window} shingles keep the same hash from it:
 * a shared run of {@code k * window} shingles is sure to share {@code k} kept hashes. About
 * {@code 2 / (window + 1)} of the hashes are kept, which is what an index of fingerprints saves.
 */
public final class Winnowing {

    private Winnowing() {
    }

    /** The kept hashes in text order, each position once; a text shorter than a window keeps its smallest. */
    public static long[] select(long[] hashes, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
        if (hashes.length == 0) {
            return hashes;
        }
        int windows = Math.max(1, hashes.length - window + 1);
        int span = Math.min(window, hashes.length);
        long[] kept = new long[windows];
        int count = 0;
        int last = -1;
        for (int start = 0; start < windows; start++) {
            int smallest = rightmostMinimum(hashes, start, start + span);
            if (smallest != last) {
                kept[count++] = hashes[smallest];
                last = smallest;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** Ties go to the rightmost, so a run of equal hashes is kept once rather than at each window. */
    private static int rightmostMinimum(long[] hashes, int from, int to) {
        int smallest = from;
        for (int i = from + 1; i < to; i++) {
            if (hashes[i] <= hashes[smallest]) {
                smallest = i;
            }
        }
        return smallest;
    }
}
