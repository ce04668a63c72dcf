package org.echotrace.story;

/**
 * Sums keyed by document pair ({@link PairKey}) in open-addressing arrays: 12 bytes a link where a
 * {@code HashMap<Long, Double>} took about 80, so the story stage's memory is that of its candidate links.
 */
public final class PairSums {

    /** PairKey.of(0, 0) mixes to 0, the empty marker: that pair is never a link (i != j). */
    private static final long EMPTY = 0;
    private long[] keys;
    private double[] sums;
    private int size;

    public PairSums() {
        this(1 << 10);
    }

    public PairSums(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        sums = new double[capacity];
    }

    /** Adds {@code value} to the pair's sum (starting at 0). */
    public void add(long key, double value) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            sums[slot] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
        } else {
            sums[slot] += value;
        }
    }

    /** Keeps the larger of the pair's value and {@code value}; a missing pair takes {@code value}. */
    public void max(long key, double value) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            add(key, value);
        } else {
            sums[slot] = Math.max(sums[slot], value);
        }
    }

    /** The pair's sum, or {@code absent} when it has none. */
    public double get(long key, double absent) {
        int slot = slot(key);
        return keys[slot] == EMPTY ? absent : sums[slot];
    }

    public int size() {
        return size;
    }

    /** Every pair and its sum, in no particular order. */
    public void forEach(Visitor visitor) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != EMPTY) {
                visitor.visit(keys[k], sums[k]);
            }
        }
    }

    /** The pairs and their sums, index by index, in the order of {@link #forEach}. */
    public record Entries(long[] keys, double[] sums) {
        public int size() {
            return keys.length;
        }
    }

    /** Every pair and its sum as two arrays, in the order of {@link #forEach}: for work split by index. */
    public Entries entries() {
        long[] k = new long[size];
        double[] s = new double[size];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                k[n] = keys[slot];
                s[n++] = sums[slot];
            }
        }
        return new Entries(k, s);
    }

    /** Receives one pair and its sum. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long key, double sum);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldSums = sums;
        keys = new long[oldKeys.length * 2];
        sums = new double[oldKeys.length * 2];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != EMPTY) {
                keys[slot(oldKeys[k])] = oldKeys[k];
                sums[slot(oldKeys[k])] = oldSums[k];
            }
        }
    }
}
