package org.echotrace.reuse;

import org.echotrace.text.TokenizedText;

/**
 * Edit-tolerant word alignment. Exact shingle hits act as anchors; only the short stretches between them
 * and a bounded reach beyond the ends go through dynamic programming, so the cost grows with the passage
 * length, not with its square. Scores are unit edit costs (match +1, mismatch -1, gap -1): random text
 * then scores below zero, so an extension only crosses an edit when enough shared words follow it.
 */
final class WordAligner {

    private static final int MATCH = 1;
    private static final int MISMATCH = -1;
    private static final int GAP = -1;
    /** Rectangles larger than this are not aligned word by word (about 100 MB of work arrays). */
    static final long MAX_CELLS = 25_000_000L;

    private static final byte DIAG = 1;
    private static final byte UP = 2;
    private static final byte LEFT = 3;

    private final int n;
    private final int reach;

    /**
     * @param n     words per shingle hit
     * @param reach how many words beyond the outermost hits an extension may look
     */
    WordAligner(int n, int reach) {
        this.n = n;
        this.reach = reach;
    }

    /**
     * Aligns a chain of shingle hits (sorted, increasing on both sides): the hit shingles are exact blocks,
     * the gaps between them are aligned globally and both ends are extended across small edits.
     * Returns an alignment trimmed to identical ends, or null when no hit holds up.
     */
    Alignment alignChain(TokenizedText a, TokenizedText b, int[] hitA, int[] hitB, int from, int to) {
        Alignment core = new Alignment();
        int[] ends = appendBlocks(a, b, hitA, hitB, from, to, -1, -1, core);
        if (ends == null) {
            return null;
        }
        Alignment out = extend(a, ends[0] - 1, b, ends[1] - 1, -1);
        out.reverse();
        out.addAll(core);
        out.addAll(extend(a, ends[2], b, ends[3], +1));
        return out.trimmed(a, b);
    }

    /**
     * Globally aligns {@code a[a0, a1)} with {@code b[b0, b1)}, using the given hits (increasing on both
     * sides) as anchors so that long ranges stay cheap.
     */
    Alignment alignRange(TokenizedText a, int a0, int a1, TokenizedText b, int b0, int b1,
                         int[] hitA, int[] hitB, int count) {
        Alignment out = new Alignment();
        int[] ends = appendBlocks(a, b, hitA, hitB, 0, count, a0, b0, out);
        int endA = ends == null ? a0 : ends[2];
        int endB = ends == null ? b0 : ends[3];
        global(a, endA, a1, b, endB, b1, out);
        return out;
    }

    /**
     * Appends the hit shingles as exact blocks, with the gaps between them aligned globally. A gap before
     * the first block is aligned too when {@code startA >= 0}. Returns {firstA, firstB, endA, endB} of the
     * blocks, or null when no hit holds up.
     */
    private int[] appendBlocks(TokenizedText a, TokenizedText b, int[] hitA, int[] hitB, int from, int to,
                               int startA, int startB, Alignment out) {
        int endA = startA;
        int endB = startB;
        int firstA = -1;
        int firstB = -1;
        for (int h = from; h < to; h++) {
            // a hit overlapping the previous block is cut so that blocks never share a word
            int shift = Math.max(0, Math.max(endA - hitA[h], endB - hitB[h]));
            int pa = hitA[h] + shift;
            int pb = hitB[h] + shift;
            int len = n - shift;
            if (len <= 0 || !sameRun(a, pa, b, pb, len)) {
                continue; // truncated-hash collision or a repeat crossing the previous block
            }
            if (firstA < 0) {
                firstA = pa;
                firstB = pb;
            }
            if (endA >= 0) {
                global(a, endA, pa, b, endB, pb, out);
            }
            for (int k = 0; k < len; k++) {
                out.add(pa + k, pb + k);
            }
            endA = pa + len;
            endB = pb + len;
        }
        return firstA < 0 ? null : new int[] {firstA, firstB, endA, endB};
    }

    private static boolean sameRun(TokenizedText a, int pa, TokenizedText b, int pb, int len) {
        if (pa + len > a.size() || pb + len > b.size()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (a.hash(pa + k) != b.hash(pb + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Extends from word {@code (a0, b0)} outwards in direction {@code step} (+1 forwards, -1 backwards) by
     * at most {@link #reach} words, stopping where the score peaks. Columns come in outward order.
     */
    private Alignment extend(TokenizedText a, int a0, TokenizedText b, int b0, int step) {
        int m = step > 0 ? Math.min(reach, a.size() - a0) : Math.min(reach, a0 + 1);
        int k = step > 0 ? Math.min(reach, b.size() - b0) : Math.min(reach, b0 + 1);
        return dp(a, a0, Math.max(0, m), b, b0, Math.max(0, k), step, true);
    }

    /** Appends the global alignment of {@code a[a0, a1)} with {@code b[b0, b1)} to {@code out}. */
    static void global(TokenizedText a, int a0, int a1, TokenizedText b, int b0, int b1, Alignment out) {
        int m = a1 - a0;
        int k = b1 - b0;
        if (m == 0 || k == 0 || (long) (m + 1) * (k + 1) > MAX_CELLS) {
            // nothing to pair up (or too large to try): every word stands alone
            for (int i = a0; i < a1; i++) {
                out.add(i, Alignment.GAP);
            }
            for (int j = b0; j < b1; j++) {
                out.add(Alignment.GAP, j);
            }
            return;
        }
        out.addAll(dp(a, a0, m, b, b0, k, 1, false));
    }

    /**
     * Needleman-Wunsch over {@code m} words of a from {@code a0} and {@code k} words of b from {@code b0},
     * walking in direction {@code step}. With {@code freeEnd} the path ends at the best-scoring cell (an
     * extension); otherwise at the far corner (a global alignment). Ties prefer the shorter path.
     */
    private static Alignment dp(TokenizedText a, int a0, int m, TokenizedText b, int b0, int k, int step,
                                boolean freeEnd) {
        int w = k + 1;
        int[] score = new int[(m + 1) * w];
        byte[] move = new byte[(m + 1) * w];
        for (int j = 1; j <= k; j++) {
            score[j] = j * GAP;
            move[j] = LEFT;
        }
        int bestI = 0;
        int bestJ = 0;
        int best = 0;
        for (int i = 1; i <= m; i++) {
            long ha = a.hash(a0 + step * (i - 1));
            int row = i * w;
            score[row] = i * GAP;
            move[row] = UP;
            for (int j = 1; j <= k; j++) {
                int s = score[row - w + j - 1] + (ha == b.hash(b0 + step * (j - 1)) ? MATCH : MISMATCH);
                byte mv = DIAG;
                int up = score[row - w + j] + GAP;
                if (up > s) {
                    s = up;
                    mv = UP;
                }
                int left = score[row + j - 1] + GAP;
                if (left > s) {
                    s = left;
                    mv = LEFT;
                }
                score[row + j] = s;
                move[row + j] = mv;
                if (s > best) {
                    best = s;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        int i = freeEnd ? bestI : m;
        int j = freeEnd ? bestJ : k;
        Alignment out = new Alignment();
        while (i > 0 || j > 0) {
            byte mv = move[i * w + j];
            int ai = a0 + step * (i - 1);
            int bj = b0 + step * (j - 1);
            if (mv == DIAG) {
                out.add(ai, bj);
                i--;
                j--;
            } else if (mv == UP) {
                out.add(ai, Alignment.GAP);
                i--;
            } else {
                out.add(Alignment.GAP, bj);
                j--;
            }
        }
        out.reverse();
        return out;
    }
}
