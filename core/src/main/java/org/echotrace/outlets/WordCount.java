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

    /** Letters and digits among the first 128 characters: most of a Latin-script text, looked up, not classified. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static int in(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = c < ASCII_WORD.length ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
