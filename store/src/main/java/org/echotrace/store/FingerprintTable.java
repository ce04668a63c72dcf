package org.echotrace.store;

import java.util.Arrays;

/**
 * Which recent articles (by their place in {@link RecentArticles}) hold each fingerprint, in flat arrays:
 * every new article looks up its ~600 fingerprints here, nearly all of them held by none, and a map of
 * boxed longs to lists made those lookups a twentieth of the cost of storing an article.
 */
final class FingerprintTable {

    /** Small: every check makes an empty one; the writer's grows to its batch. */
    private static final int INITIAL = 1 << 6;

    /** Open addressing: a slot is used when its head is not -1. */
    private long[] keys = new long[INITIAL];
    private int[] heads = empty(INITIAL);
    private int used;
    /** The postings, each slot's chained through {@code next}. */
    private int[] articles = new int[INITIAL];
    private int[] next = new int[INITIAL];
    private int postings;

    void add(long fingerprint, int article) {
        if (2 * (used + 1) > keys.length) {
            grow();
        }
        int slot = slot(fingerprint);
        if (heads[slot] < 0) {
            keys[slot] = fingerprint;
            used++;
        }
        if (postings == articles.length) {
            articles = Arrays.copyOf(articles, postings * 2);
            next = Arrays.copyOf(next, postings * 2);
        }
        articles[postings] = article;
        next[postings] = heads[slot];
        heads[slot] = postings++;
    }

    /** See {@link FingerprintMatcher.Unindexed#holders}. */
    int holders(long fingerprint, int[] into, int from, int base) {
        int found = from;
        for (int p = heads[slot(fingerprint)]; p >= 0; p = next[p], found++) {
            if (found < into.length) {
                into[found] = base + articles[p];
            }
        }
        return found;
    }

    void clear() {
        Arrays.fill(heads, -1);
        used = 0;
        postings = 0;
    }

    /** The fingerprint's slot, or the empty one where it would go. Fingerprints are well mixed hashes. */
    private int slot(long fingerprint) {
        int mask = keys.length - 1;
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (heads[slot] >= 0 && keys[slot] != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = empty(keys.length);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldHeads[s] >= 0) {
                int slot = slot(oldKeys[s]);
                keys[slot] = oldKeys[s];
                heads[slot] = oldHeads[s];
            }
        }
    }

    private static int[] empty(int size) {
        int[] heads = new int[size];
        Arrays.fill(heads, -1);
        return heads;
    }
}
