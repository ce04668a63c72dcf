package org.echotrace.reuse;

import org.echotrace.text.TokenizedText;

/**
 * Turns a tokenised text into word n-gram shingles: shingle {@code i} covers words {@code [i, i + n)} and is
 * identified by a 64-bit hash of their normalised terms. Working on hashes keeps the index free of strings.
 */
public final class Shingler {

    private Shingler() {
    }

    /** Number of shingles of {@code n} words in a text of {@code words} words. */
    public static int count(int words, int n) {
        return Math.max(0, words - n + 1);
    }

    /** The hash of every shingle of {@code n} words, in text order. */
    public static long[] hashes(TokenizedText text, int n) {
        long[] out = new long[count(text.size(), n)];
        for (int i = 0; i < out.length; i++) {
            long h = 0x9e3779b97f4a7c15L;
            for (int k = 0; k < n; k++) {
                // multiply-rotate keeps word order significant: "a b" and "b a" hash differently
                h = Long.rotateLeft(h * 0xbf58476d1ce4e5b9L, 29) ^ text.hash(i + k);
            }
            out[i] = fmix(h);
        }
        return out;
    }

    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
