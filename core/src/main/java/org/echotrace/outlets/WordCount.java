package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.echotrace.domain.Span;

/**
 * Words (runs of letters and digits) in parts of a text, each counted once however many spans cover it:
 * how much of an article came from elsewhere is the union of what it shares, not the sum.
 */
final class WordCount {

    private WordCount() {
    }

    static int of(String text) {
        return in(text, 0, text.length());
    }

    /** Words that start inside the union of {@code spans}. */
    static int inUnion(String text, List<Span> spans) {
        int words = 0;
        for (Span s : union(spans)) {
            words += in(text, s.start(), Math.min(s.end(), text.length()));
        }
        return words;
    }

    static List<Span> union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.naturalOrder());
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /**
     * Whether each char is a letter or digit (1) or not (0), looked up rather than classified: the outlet
     * stage counts every document's words, and a table of all chars (64 KB) makes the count a plain loop
     * without a branch per char, several times faster than asking {@link Character} past ASCII.
     */
    private static final byte[] WORD_CHAR = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD_CHAR[c] = (byte) (Character.isLetterOrDigit((char) c) ? 1 : 0);
        }
    }

    private static int in(String text, int start, int end) {
        int words = 0;
        int previous = 0;
        for (int i = start; i < end; i++) {
            int letter = WORD_CHAR[text.charAt(i)];
            // a word starts where a letter follows a non-letter (or the start): summed, not branched on
            words += letter & ~previous;
            previous = letter;
        }
        return words;
    }
}
