package org.echotrace.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Splits text into words with their character offsets. A word is a run of letters and digits; a hyphen,
 * apostrophe or (between digits) a comma or full stop inside such a run joins it, so that
 * "counter-terrorism" and "counterterrorism", or "17,000" and "17000", are the same word.
 * Normalisation lower-cases and removes diacritics; offsets always point at the original characters.
 */
public final class WordTokenizer {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private WordTokenizer() {
    }

    public static TokenizedText tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /**
     * The words of {@code text} that start in {@code [from, to)}, offsets into the whole text; {@code from}
     * must be where a word starts (or 0), so that they are the words {@link #tokenize(String)} finds there.
     * For showing one passage without cutting its whole document.
     */
    public static TokenizedText tokenize(String text, int from, int to) {
        int capacity = Math.max(16, (to - from) / 5);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        long[] hashes = new long[capacity];
        int n = 0;
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(text, i);
            if (n == starts.length) {
                int grown = n * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                hashes = Arrays.copyOf(hashes, grown);
            }
            starts[n] = start;
            ends[n] = i;
            hashes[n] = hash(text, start, i);
            n++;
        }
        return new TokenizedText(text, n, starts, ends, hashes);
    }

    /** How many words {@link #tokenize} finds in {@code text}, without keeping them. */
    public static int count(String text) {
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                i = wordEnd(text, i);
                n++;
            } else {
                i++;
            }
        }
        return n;
    }

    /** Where the word starting at {@code start} (a letter or digit) ends. */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i))) {
            i++;
        }
        return i;
    }

    /** The hash of the normalised form of {@code text[start, end)}, one word. */
    private static long hash(String text, int start, int end) {
        long hash = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                hash = mix(hash, fold(ch));
            }
        }
        return finish(hash);
    }

    /** The normalised form of {@code text[start, end)}, which must be one word. */
    public static String normalize(CharSequence text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                sb.append(fold(ch));
            }
        }
        return sb.toString();
    }

    /** Whether {@code text[start, end)}, which must be one word, normalises to {@code term}. */
    public static boolean normalizesTo(CharSequence text, int start, int end, String term) {
        int k = 0;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (k == term.length() || fold(ch) != term.charAt(k)) {
                    return false;
                }
                k++;
            }
        }
        return k == term.length();
    }

    /** A hash of a normalised term, the same as {@link TokenizedText#hash(int)} gives for it. */
    public static long hashTerm(CharSequence term) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < term.length(); i++) {
            hash = mix(hash, term.charAt(i));
        }
        return finish(hash);
    }

    /** A joiner is a hyphen or apostrophe between letters/digits, or a comma/point between digits. */
    private static boolean isJoiner(String text, int i) {
        if (i + 1 >= text.length() || i == 0) {
            return false;
        }
        char ch = text.charAt(i);
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        switch (ch) {
            case '-', '\u2010', '\u2011', '\'', '\u2019' -> {
                return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
            }
            case ',', '.' -> {
                return Character.isDigit(before) && Character.isDigit(after);
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Folded forms of the non-ASCII characters met so far (0: not yet): the normaliser costs a string per
     * call. Threads may fill a slot at once; they write the same value.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    /** Lower case without diacritics; the ASCII path avoids the normaliser. */
    static char fold(char ch) {
        if (ch < 128) {
            return (ch >= 'A' && ch <= 'Z') ? (char) (ch + 32) : ch;
        }
        char folded = FOLDED[ch];
        if (folded == 0) {
            folded = foldByNormaliser(ch);
            FOLDED[ch] = folded;
        }
        return folded;
    }

    private static char foldByNormaliser(char ch) {
        char lower = Character.toLowerCase(ch);
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        return decomposed.isEmpty() ? lower : decomposed.charAt(0);
    }

    private static long mix(long hash, char ch) {
        return (hash ^ ch) * FNV_PRIME;
    }

    /** FNV alone clusters short strings; a final avalanche (from MurmurHash3's fmix64) spreads them. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
