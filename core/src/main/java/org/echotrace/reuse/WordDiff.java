package org.echotrace.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.echotrace.domain.Span;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Word-level differences between two passages, for showing them side by side. Uses the same aligner as
 * detection (exact shingle anchors, dynamic programming between them), so what is shown is what was
 * measured. Words compare by their normalised terms: case and punctuation changes count as the same.
 */
public final class WordDiff {

    public enum Kind {
        /** the same words on both sides */
        SAME,
        /** words replaced by others */
        CHANGED,
        /** words only in a (dropped from b) */
        ONLY_A,
        /** words only in b (inserted) */
        ONLY_B
    }

    /**
     * One run of columns of the same kind. Spans are characters of the two texts; the side without words
     * (ONLY_A / ONLY_B) gets an empty span at the place where the words would stand.
     */
    public record Op(Kind kind, Span a, Span b) {
    }

    private static final int ANCHOR_WORDS = 3;

    private WordDiff() {
    }

    /** Differences between two whole texts. */
    public static List<Op> diff(String a, String b) {
        TokenizedText ta = WordTokenizer.tokenize(a);
        TokenizedText tb = WordTokenizer.tokenize(b);
        return diff(ta, 0, ta.size(), tb, 0, tb.size());
    }

    /** Differences between words {@code [aFrom, aTo)} of a and {@code [bFrom, bTo)} of b. */
    public static List<Op> diff(TokenizedText a, int aFrom, int aTo, TokenizedText b, int bFrom, int bTo) {
        int[][] anchors = anchors(a, aFrom, aTo, b, bFrom, bTo);
        Alignment al = new WordAligner(ANCHOR_WORDS, 0)
                .alignRange(a, aFrom, aTo, b, bFrom, bTo, anchors[0], anchors[1], anchors[0].length);
        return ops(al, a, a.size() == 0 || aFrom >= a.size() ? a.text().length() : a.start(aFrom),
                b, b.size() == 0 || bFrom >= b.size() ? b.text().length() : b.start(bFrom));
    }

    /**
     * Shingles found exactly once on each side, as hits in increasing order on both sides (the longest
     * such chain), so that the aligner can skip the parts both sides agree on.
     */
    private static int[][] anchors(TokenizedText a, int aFrom, int aTo, TokenizedText b, int bFrom, int bTo) {
        long[] ka = uniqueShingles(a, aFrom, aTo);
        long[] kb = uniqueShingles(b, bFrom, bTo);
        // merge-join the sorted (hash, position) keys; hash in the high half, position in the low half
        int[] hitA = new int[Math.min(ka.length, kb.length)];
        int[] hitB = new int[hitA.length];
        int count = 0;
        for (int i = 0, j = 0; i < ka.length && j < kb.length; ) {
            long ha = ka[i] >>> 32;
            long hb = kb[j] >>> 32;
            if (ha < hb) {
                i++;
            } else if (ha > hb) {
                j++;
            } else {
                hitA[count] = (int) ka[i++];
                hitB[count++] = (int) kb[j++];
            }
        }
        return increasingChain(hitA, hitB, count);
    }

    /** Sorted keys {@code hash32 << 32 | position} of the shingles that occur once in the range. */
    private static long[] uniqueShingles(TokenizedText t, int from, int to) {
        int count = Shingler.count(to - from, ANCHOR_WORDS);
        long[] all = Shingler.hashes(t, ANCHOR_WORDS);
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = (all[from + i] & 0xffffffff00000000L) | (from + i);
        }
        Arrays.sort(keys);
        long[] out = new long[count];
        int n = 0;
        for (int i = 0; i < count; ) {
            int j = i + 1;
            while (j < count && (keys[j] >>> 32) == (keys[i] >>> 32)) {
                j++;
            }
            if (j == i + 1) {
                out[n++] = keys[i];
            }
            i = j;
        }
        return Arrays.copyOf(out, n);
    }

    /** The longest chain of hits increasing on both sides (patience sorting on b after ordering by a). */
    private static int[][] increasingChain(int[] hitA, int[] hitB, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(hitA[x], hitA[y]));
        int[] tails = new int[count];
        int[] prev = new int[count];
        int length = 0;
        for (int k = 0; k < count; k++) {
            int h = order[k];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (hitB[tails[mid]] < hitB[h]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[h] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = h;
            length = Math.max(length, lo + 1);
        }
        int[] chainA = new int[length];
        int[] chainB = new int[length];
        for (int k = length - 1, h = length > 0 ? tails[length - 1] : -1; k >= 0; k--, h = prev[h]) {
            chainA[k] = hitA[h];
            chainB[k] = hitB[h];
        }
        return new int[][] {chainA, chainB};
    }

    /** Runs of columns of one kind, as character spans. */
    private static List<Op> ops(Alignment al, TokenizedText a, int aCursor, TokenizedText b, int bCursor) {
        List<Op> ops = new ArrayList<>();
        int k = 0;
        while (k < al.size()) {
            Kind kind = kind(al, k, a, b);
            int end = k + 1;
            while (end < al.size() && kind(al, end, a, b) == kind) {
                end++;
            }
            Span sa = span(al, k, end, a, true, aCursor);
            Span sb = span(al, k, end, b, false, bCursor);
            ops.add(new Op(kind, sa, sb));
            aCursor = sa.end();
            bCursor = sb.end();
            k = end;
        }
        return ops;
    }

    private static Kind kind(Alignment al, int k, TokenizedText a, TokenizedText b) {
        if (al.a(k) == Alignment.GAP) {
            return Kind.ONLY_B;
        }
        if (al.b(k) == Alignment.GAP) {
            return Kind.ONLY_A;
        }
        return al.same(k, a, b) ? Kind.SAME : Kind.CHANGED;
    }

    /** Characters of one side's words in columns {@code [from, to)}; empty at {@code cursor} if none. */
    private static Span span(Alignment al, int from, int to, TokenizedText t, boolean sideA, int cursor) {
        int first = -1;
        int last = -1;
        for (int k = from; k < to; k++) {
            int w = sideA ? al.a(k) : al.b(k);
            if (w != Alignment.GAP) {
                if (first < 0) {
                    first = w;
                }
                last = w;
            }
        }
        return first < 0 ? new Span(cursor, cursor) : t.span(first, last + 1);
    }
}
