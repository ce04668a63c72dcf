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
        int capacity = Math.max(16, text.length() / 5);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        long[] hashes = new long[capacity];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            long hash = FNV_OFFSET;
            while (i < len) {
                char ch = text.charAt(i);
                if (Character.isLetterOrDigit(ch)) {
                    hash = mix(hash, fold(ch));
                    i++;
                } else if (isJoiner(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            if (n == starts.length) {
                int grown = n * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                hashes = Arrays.copyOf(hashes, grown);
            }
            starts[n] = start;
            ends[n] = i;
            hashes[n] = finish(hash);
            n++;
        }
        return new TokenizedText(text, n, starts, ends, hashes);
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

    /** Lower case without diacritics; the ASCII path avoids the normaliser. */
    static char fold(char ch) {
        if (ch < 128) {
            return (ch >= 'A' && ch <= 'Z') ? (char) (ch + 32) : ch;
        }
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
