package org.echotrace.reuse;

import java.util.Arrays;
import org.echotrace.text.TokenizedText;

/**
 * A word alignment between two tokenised texts as columns in text order: column {@code k} pairs word
 * {@code a(k)} with word {@code b(k)}; {@code -1} on one side marks a word present only on the other side.
 * Kept as two growable int arrays because passages run to thousands of words.
 */
final class Alignment {
    static final int GAP = -1;

    private int[] as = new int[32];
    private int[] bs = new int[32];
    private int size;

    int size() {
        return size;
    }

    int a(int k) {
        return as[k];
    }

    int b(int k) {
        return bs[k];
    }

    void add(int a, int b) {
        if (size == as.length) {
            as = Arrays.copyOf(as, size * 2);
            bs = Arrays.copyOf(bs, size * 2);
        }
        as[size] = a;
        bs[size] = b;
        size++;
    }

    void addAll(Alignment other) {
        for (int k = 0; k < other.size; k++) {
            add(other.as[k], other.bs[k]);
        }
    }

    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            int t = as[i];
            as[i] = as[j];
            as[j] = t;
            t = bs[i];
            bs[i] = bs[j];
            bs[j] = t;
        }
    }

    static boolean same(TokenizedText a, int ai, TokenizedText b, int bi) {
        return ai >= 0 && bi >= 0 && a.hash(ai) == b.hash(bi);
    }

    boolean same(int k, TokenizedText a, TokenizedText b) {
        return same(a, as[k], b, bs[k]);
    }

    /** Number of columns whose two words are the same term. */
    int sameCount(TokenizedText a, TokenizedText b) {
        int n = 0;
        for (int k = 0; k < size; k++) {
            if (same(k, a, b)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The columns from the first to the last identical pair; a passage must start and end on shared words
     * so that its spans do not claim edits at the edges. Empty when no column matches.
     */
    Alignment trimmed(TokenizedText a, TokenizedText b) {
        int from = 0;
        while (from < size && !same(from, a, b)) {
            from++;
        }
        int to = size;
        while (to > from && !same(to - 1, a, b)) {
            to--;
        }
        return slice(from, to);
    }

    /** Columns {@code [from, to)}. */
    Alignment slice(int from, int to) {
        Alignment out = new Alignment();
        out.as = Arrays.copyOfRange(as, from, Math.max(to, from + 1));
        out.bs = Arrays.copyOfRange(bs, from, Math.max(to, from + 1));
        out.size = to - from;
        return out;
    }

    /** First word of a (or b) in the alignment; the trimmed form always starts with a pair. */
    int firstA() {
        return as[0];
    }

    int firstB() {
        return bs[0];
    }

    int lastA() {
        return as[size - 1];
    }

    int lastB() {
        return bs[size - 1];
    }
}
