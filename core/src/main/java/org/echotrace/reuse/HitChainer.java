package org.echotrace.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the shingle hits of one document pair into chains: runs of hits that advance on both sides with
 * gaps of at most {@code maxGap} words, i.e. one copied stretch with edits in it. An edit destroys up to
 * n shingles, so gaps of a few shingle lengths must not break a chain; hits far apart or off-diagonal
 * start a new chain (text copied from elsewhere, or a chance match).
 */
final class HitChainer {

    /** One chain: hit positions on both sides, increasing. */
    record Chain(int[] a, int[] b, int size) {
    }

    private final int maxGap;
    private final int minHits;

    HitChainer(int maxGap, int minHits) {
        this.maxGap = maxGap;
        this.minHits = minHits;
    }

    /** Chains hits given in increasing order of {@code posA}; chains with fewer than minHits hits are dropped. */
    List<Chain> chain(int[] posA, int[] posB, int count) {
        List<Builder> open = new ArrayList<>(2);
        List<Chain> done = new ArrayList<>(2);
        for (int h = 0; h < count; h++) {
            int pa = posA[h];
            int pb = posB[h];
            Builder best = null;
            int bestDrift = Integer.MAX_VALUE;
            for (int c = open.size() - 1; c >= 0; c--) {
                Builder chain = open.get(c);
                if (pa - chain.lastA() > maxGap) {
                    // hits come in a-order, so this chain cannot grow any more
                    close(open.remove(c), done);
                    continue;
                }
                int gapB = pb - chain.lastB();
                if (pa > chain.lastA() && gapB > 0 && gapB <= maxGap) {
                    int drift = Math.abs((pb - pa) - (chain.lastB() - chain.lastA()));
                    if (drift < bestDrift) {
                        bestDrift = drift;
                        best = chain;
                    }
                }
            }
            if (best == null) {
                best = new Builder();
                open.add(best);
            }
            best.add(pa, pb);
        }
        for (Builder chain : open) {
            close(chain, done);
        }
        return done;
    }

    private void close(Builder chain, List<Chain> done) {
        if (chain.size >= minHits) {
            done.add(new Chain(chain.a, chain.b, chain.size));
        }
    }

    private static final class Builder {
        int[] a = new int[8];
        int[] b = new int[8];
        int size;

        void add(int pa, int pb) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
                b = java.util.Arrays.copyOf(b, size * 2);
            }
            a[size] = pa;
            b[size] = pb;
            size++;
        }

        int lastA() {
            return a[size - 1];
        }

        int lastB() {
            return b[size - 1];
        }
    }
}
