package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Set;
import java.util.SortedSet;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;

/** Sets of a sentence's tokens as one stretch of text, trimmed the way attribution annotators mark spans. */
final class TokenSpans {

    private static final Set<String> PUNCTUATION_TAGS = Set.of(",", ".", ":", "-LRB-", "-RRB-", "HYPH", "NFP");
    private static final Set<String> QUOTE_TAGS = Set.of("``", "''");

    private TokenSpans() {
    }

    /**
     * The longest run of consecutive indices (a removed branch leaves a gap; the words on the far side of it
     * belong to something else), without punctuation at either end; quotation marks are kept when they
     * open or close a quotation inside the span. Null when nothing is left.
     */
    static TextSpan of(String text, ParsedSentence sentence, SortedSet<Integer> indices) {
        int[] run = longestRun(indices);
        if (run == null) {
            return null;
        }
        int first = run[0];
        int last = run[1];
        while (first <= last && trimmable(sentence, first, first, last)) {
            first++;
        }
        while (last >= first && trimmable(sentence, last, first, last)) {
            last--;
        }
        if (first > last) {
            return null;
        }
        return TextSpan.of(text, sentence.token(first).beginPosition(), sentence.token(last).endPosition());
    }

    /**
     * Like {@link #of}, but a phrase with a comma inside ("Murphy, the head of the group") keeps the comma
     * that closes it, as PolNeAR's annotators mark such phrases.
     */
    static TextSpan withClosingComma(String text, ParsedSentence sentence, SortedSet<Integer> indices) {
        TextSpan span = of(text, sentence, indices);
        if (span == null || !span.text().contains(",")) {
            return span;
        }
        for (CoreLabel token : sentence.tokens()) {
            if (token.beginPosition() >= span.end()) {
                return ",".equals(token.word()) && text.substring(span.end(), token.beginPosition()).isBlank()
                        ? TextSpan.of(text, span.start(), token.endPosition()) : span;
            }
        }
        return span;
    }

    static boolean isPunctuation(CoreLabel token) {
        return PUNCTUATION_TAGS.contains(token.tag()) || QUOTE_TAGS.contains(token.tag());
    }

    static boolean isQuote(CoreLabel token) {
        return QUOTE_TAGS.contains(token.tag());
    }

    private static boolean trimmable(ParsedSentence sentence, int index, int first, int last) {
        CoreLabel token = sentence.token(index);
        if (token.tag().equals("-RRB-") || token.tag().equals("-LRB-")) {
            return !bracketsPaired(sentence, first, last); // "Sen. Chris Murphy (D-Conn.)" keeps its bracket
        }
        if (PUNCTUATION_TAGS.contains(token.tag())) {
            return true;
        }
        if (!QUOTE_TAGS.contains(token.tag())) {
            return false;
        }
        // a quotation mark stays if another one in the span pairs with it
        int quotes = 0;
        for (int i = first; i <= last; i++) {
            quotes += QUOTE_TAGS.contains(sentence.token(i).tag()) ? 1 : 0;
        }
        return quotes < 2;
    }

    private static boolean bracketsPaired(ParsedSentence sentence, int first, int last) {
        int depth = 0;
        for (int i = first; i <= last; i++) {
            String tag = sentence.token(i).tag();
            depth += tag.equals("-LRB-") ? 1 : tag.equals("-RRB-") ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Without a dateline the parser took into the phrase: "PHILADELPHIA ― [Hillary Clinton's campaign]". */
    static SortedSet<Integer> afterDateline(ParsedSentence sentence, SortedSet<Integer> indices) {
        int dash = -1;
        for (int i : indices) {
            String word = sentence.token(i).word();
            if (i < indices.last() && (word.equals("-") || word.equals("--") || word.equals("―") || word.equals("—"))) {
                dash = i;
            }
        }
        return dash < 0 ? indices : indices.tailSet(dash + 1);
    }

    private static int[] longestRun(SortedSet<Integer> indices) {
        int[] best = null;
        int runStart = -1;
        int previous = -2;
        for (int i : indices) {
            if (i != previous + 1) {
                runStart = i;
            }
            previous = i;
            if (best == null || i - runStart > best[1] - best[0]) {
                best = new int[] {runStart, i};
            }
        }
        return best;
    }
}
