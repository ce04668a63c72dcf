package org.echotrace.text;

import java.util.Locale;

/** Whether a text names something: the name, case-insensitively, as whole words ("AP" is not in "cAPital"). */
public final class NamedInText {

    /** Shorter names (initials, "AP" aside) match too many unrelated words to count. */
    private static final int SHORTEST_NAME = 2;

    private NamedInText() {
    }

    /** @param lowerCaseText the text, already lower-cased with {@link Locale#ROOT} (callers test many names) */
    public static boolean names(String lowerCaseText, String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.length() < SHORTEST_NAME) {
            return false;
        }
        for (int at = lowerCaseText.indexOf(n); at >= 0; at = lowerCaseText.indexOf(n, at + 1)) {
            if (!wordCharAt(lowerCaseText, at - 1) && !wordCharAt(lowerCaseText, at + n.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@link #names} says of {@code text} lower-cased, without lower-casing it: checked for every pair of
     * articles, that copies the later one's whole text each time. Only where the name's first char (or a
     * char that lowers to it) stands is the text looked at, lowered char by char. {@link String#toLowerCase}
     * lowers char by char too, but for a few chars ({@link #lowersApart}); where one of those is met, or the
     * name is not ASCII, the text is lower-cased whole, so the answer is always that of {@link #names}.
     */
    public static boolean namesIgnoringCase(String text, String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.length() < SHORTEST_NAME) {
            return false;
        }
        if (!n.chars().allMatch(c -> c < ASCII)) {
            return names(text.toLowerCase(Locale.ROOT), name);
        }
        // of the lowered text's chars, ASCII ones come one for one from a char lowering to them, or from a
        // dotted capital I ("i" and a combining dot: it can only end an ASCII name, and is met on the way
        // there), so every place the name could stand starts with one of these
        for (char start : LOWERING_TO[n.charAt(0)]) {
            for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
                Boolean named = namedAt(text, at, n);
                if (named == null) {
                    return names(text.toLowerCase(Locale.ROOT), name);
                }
                if (named) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int ASCII = 128;

    /** Per ASCII char, the chars that {@link Character#toLowerCase(char)} lowers to it (apart from those that lower apart). */
    private static final char[][] LOWERING_TO = new char[ASCII][];

    static {
        StringBuilder[] to = new StringBuilder[ASCII];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char lower = Character.toLowerCase((char) c);
            if (lower < ASCII && !lowersApart((char) c)) {
                (to[lower] == null ? to[lower] = new StringBuilder() : to[lower]).append((char) c);
            }
        }
        for (int c = 0; c < ASCII; c++) {
            LOWERING_TO[c] = to[c] == null ? new char[0] : to[c].toString().toCharArray();
        }
    }

    /**
     * Whether the lowered name stands at {@code at} as whole words, the text lowered char by char; null when
     * a char it reads lowers apart, which lowering char by char cannot answer for.
     */
    private static Boolean namedAt(String text, int at, String n) {
        if (at + n.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < n.length(); k++) {
            char c = text.charAt(at + k);
            if (lowersApart(c)) {
                return null;
            }
            if (Character.toLowerCase(c) != n.charAt(k)) {
                return false;
            }
        }
        Boolean before = loweredWordCharAt(text, at - 1);
        Boolean after = loweredWordCharAt(text, at + n.length());
        return before == null || after == null ? null : !before && !after;
    }

    /** Whether the char at {@code i} is a letter or digit once lowered; null when it lowers apart. */
    private static Boolean loweredWordCharAt(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return lowersApart(c) ? null : Character.isLetterOrDigit(Character.toLowerCase(c));
    }

    /**
     * Chars that {@link String#toLowerCase(Locale)} does not lower one for one as {@link Character#toLowerCase(char)}
     * does: the dotted capital I (to two chars), the capital sigma (final or not by what follows) and
     * surrogates (lowered as code points).
     */
    private static boolean lowersApart(char c) {
        return c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c);
    }

    private static boolean wordCharAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
