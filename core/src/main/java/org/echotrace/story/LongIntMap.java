package org.echotrace.story;

import java.util.Arrays;

/**
 * An open-addressing map of long keys (any value) to int values (>= 0), for word hashes: a boxed
 * {@code HashMap<String, Integer>} of every word a text holds was most of the cost of the subject vectors.
 */
final class LongIntMap {

    /** What {@link #get} returns for a key not in the map. */
    static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
    }

    int size() {
        return size;
    }

    int get(long key) {
        return values[slot(key)];
    }

    /** Maps {@code key} to {@code value} (>= 0), replacing what it had. */
    void put(long key, int value) {
        int slot = slot(key);
        keys[slot] = key;
        if (values[slot] == ABSENT) {
            size++;
        }
        values[slot] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    /** Removes every key, keeping the capacity. */
    void clear() {
        if (size > 0) {
            Arrays.fill(values, ABSENT);
            size = 0;
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        // the top bits of the product (Fibonacci hashing): its low bits depend only on the key's low bits
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(keys.length)));
        while (values[slot] != ABSENT && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, ABSENT);
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldValues[k] != ABSENT) {
                int slot = slot(oldKeys[k]);
                keys[slot] = oldKeys[k];
                values[slot] = oldValues[k];
            }
        }
    }
}
