package org.echotrace.story;

import java.util.Arrays;

/**
 * A small open-addressing map of int keys (>= 0) to double values, for the neighbour sums of average
 * linkage: a boxed {@code HashMap<Integer, Double>} entry took about 80 bytes and most of the clustering
 * time on a large connected group of links.
 */
final class IntDoubleMap {

    private static final int FREE = -1;
    private int[] keys;
    private double[] values;
    private int size;

    IntDoubleMap() {
        this(0);
    }

    /** A map that holds {@code expected} keys without growing. */
    IntDoubleMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
        keys = new int[capacity];
        values = new double[capacity];
        Arrays.fill(keys, FREE);
    }

    int size() {
        return size;
    }

    /** The value of {@code key}; the key must be in the map. */
    double get(int key) {
        int slot = slot(key);
        if (keys[slot] != key) {
            throw new IllegalArgumentException("no key " + key);
        }
        return values[slot];
    }

    void add(int key, double value) {
        int slot = slot(key);
        if (keys[slot] == key) {
            values[slot] += value;
            return;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    void put(int key, double value) {
        int slot = slot(key);
        if (keys[slot] == key) {
            values[slot] = value;
        } else {
            add(key, value);
        }
    }

    void remove(int key) {
        int slot = slot(key);
        if (keys[slot] != key) {
            return;
        }
        // backward-shift deletion keeps every probe chain unbroken without tombstones
        int mask = keys.length - 1;
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != FREE; next = (next + 1) & mask) {
            int home = home(keys[next]);
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
        }
        keys[hole] = FREE;
        size--;
    }

    void clear() {
        keys = new int[4];
        values = new double[4];
        Arrays.fill(keys, FREE);
        size = 0;
    }

    /** Every key and value, in no particular order; the map must not change meanwhile. */
    void forEach(Visitor visitor) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != FREE) {
                visitor.visit(keys[k], values[k]);
            }
        }
    }

    @FunctionalInterface
    interface Visitor {
        void visit(int key, double value);
    }

    /**
     * The top bits of the key times the golden ratio (Fibonacci hashing): the low bits of that product, used
     * before, depend only on the key's low bits, and neighbours whose indexes differ by a multiple of a
     * power of two piled into a few slots (long probe runs were most of the clustering time at 100k).
     */
    private int home(int key) {
        return (key * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(keys.length));
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int slot = home(key);
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != FREE) {
                int slot = slot(oldKeys[k]);
                keys[slot] = oldKeys[k];
                values[slot] = oldValues[k];
            }
        }
    }
}
