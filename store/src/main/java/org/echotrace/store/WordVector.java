package org.echotrace.store;

import java.util.Arrays;
import org.echotrace.story.SubjectVector;

/**
 * A {@link SubjectVector} packed for fast cosines and for storing: words as 64-bit hashes in ascending order
 * beside their weights, so two vectors meet in one merge pass with no string comparisons or boxed doubles.
 * (Story assignment takes a few dozen cosines per stored article; with maps they were its largest cost.)
 * Made only from a subject vector ({@link #of}) or read back as one was stored ({@link #decode}).
 */
record WordVector(long[] words, float[] weights) {

    static WordVector of(SubjectVector vector) {
        long[] packed = new long[vector.size()];
        float[] byWord = new float[vector.size()];
        int[] i = {0};
        // in the vector's order: the sort below is stable, so words whose hashes collide keep it
        vector.forEach((word, weight) -> {
            packed[i[0]] = hash(word);
            byWord[i[0]] = (float) weight;
            i[0]++;
        });
        Integer[] order = new Integer[packed.length];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (x, y) -> Long.compare(packed[x], packed[y]));
        long[] words = new long[packed.length];
        float[] weights = new float[packed.length];
        for (int k = 0; k < order.length; k++) {
            words[k] = packed[order[k]];
            weights[k] = byWord[order[k]];
        }
        return new WordVector(words, weights);
    }

    double dot(WordVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < words.length && j < other.words.length) {
            long a = words[i];
            long b = other.words[j];
            if (a == b) {
                sum += (double) weights[i++] * other.weights[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** As stored with an article: each word's hash and weight, 12 bytes a word. */
    byte[] encode() {
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(words.length * (Long.BYTES + Float.BYTES));
        for (int k = 0; k < words.length; k++) {
            out.putLong(words[k]).putFloat(weights[k]);
        }
        return out.array();
    }

    static WordVector decode(org.apache.lucene.util.BytesRef stored) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(stored.bytes, stored.offset, stored.length);
        int size = stored.length / (Long.BYTES + Float.BYTES);
        long[] words = new long[size];
        float[] weights = new float[size];
        for (int k = 0; k < size; k++) {
            words[k] = in.getLong();
            weights[k] = in.getFloat();
        }
        return new WordVector(words, weights);
    }

    /** 64 bits of FNV-1a over the word's characters: collisions among a store's words are negligible. */
    static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < word.length(); k++) {
            h ^= word.charAt(k);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
