package org.echotrace.text;

import java.util.Arrays;
import org.echotrace.domain.Span;

/**
 * A text cut into words, kept as parallel arrays (not one object per word) because reuse detection
 * tokenises hundreds of megabytes. Word {@code i} covers {@code [start(i), end(i))} of {@link #text()};
 * its normalised form is {@link #term(int)} and {@link #hash(int)} is a 64-bit hash of that form.
 */
public final class TokenizedText {
    private final String text;
    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final long[] hashes;

    TokenizedText(String text, int size, int[] starts, int[] ends, long[] hashes) {
        this.text = text;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
    }

    /** The same words in arrays of exactly {@link #size()} entries, for holding many texts' words at once. */
    public TokenizedText compact() {
        if (starts.length == size) {
            return this;
        }
        return new TokenizedText(text, size, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
                Arrays.copyOf(hashes, size));
    }

    /** Bytes the word arrays hold (the text not counted). */
    public long arrayBytes() {
        return 16L * starts.length;
    }

    public String text() {
        return text;
    }

    /** Number of words. */
    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public long hash(int i) {
        return hashes[i];
    }

    /** The normalised form of word {@code i}: lower case, no diacritics, no inner hyphens or apostrophes. */
    public String term(int i) {
        return WordTokenizer.normalize(text, starts[i], ends[i]);
    }

    /** Whether word {@code i} normalises to {@code term}, without building its normalised form. */
    public boolean termEquals(int i, String term) {
        return WordTokenizer.normalizesTo(text, starts[i], ends[i], term);
    }

    /** The characters of words {@code from} (inclusive) to {@code to} (exclusive). */
    public Span span(int from, int to) {
        if (from >= to) {
            throw new IllegalArgumentException("empty word range " + from + ".." + to);
        }
        return new Span(starts[from], ends[to - 1]);
    }

    /** Index of the first word that ends after {@code offset}; {@link #size()} when none does. */
    public int wordAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
