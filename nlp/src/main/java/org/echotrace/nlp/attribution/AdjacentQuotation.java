package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * The quotation a bare "he said" or "said the minister" speaks for: one that ends just before the cue and
 * its source ("“We stay,” he said"), else one that starts just after them ("He said: “We stay.”"), with
 * nothing but punctuation and spaces in between (a single quotation mark too: an inner quotation that closes
 * with the outer one, "''... 'We stay.''' said X").
 */
final class AdjacentQuotation {

    private AdjacentQuotation() {
    }

    static Optional<TextSpan> of(String text, List<TextSpan> quotes, ParsedSentence sentence, SemgrexRules.Match match) {
        return of(text, quotes, sentence, match, null);
    }

    /**
     * As {@link #of(String, List, ParsedSentence, SemgrexRules.Match)}, where the cue is followed by whom it was told
     * ({@code told}, null for none), which may stand between the cue and the quotation after them ("he told
     * [them]: “...”").
     */
    static Optional<TextSpan> of(String text, List<TextSpan> quotes, ParsedSentence sentence, SemgrexRules.Match match,
                                 IndexedWord told) {
        SortedSet<Integer> phrase = sentence.subtree(match.source(), List.of(match.cue()), Set.of("punct"));
        int cue = match.cue().index();
        // the speaker counts where it stands next to the cue ("he said", "said Smith"), not where a shared
        // subject stands ("Smith urged ..., saying"); an apposition's closing comma may stand between
        // ("''...,'' Tina Smith, the group's chief, said")
        boolean together = onlyPunctuationBetween(sentence, phrase.last(), cue)
                || onlyPunctuationBetween(sentence, cue, phrase.first());
        int first = together ? Math.min(cue, phrase.first()) : cue;
        int last = together ? Math.max(cue, phrase.last()) : cue;
        SortedSet<Integer> listener = told == null ? null : sentence.subtree(told, List.of(), Set.of("punct"));
        if (listener != null && listener.first() == last + 1) {
            last = listener.last();
        }
        return adjacent(text, quotes, sentence.token(first).beginPosition(), sentence.token(last).endPosition());
    }

    private static Optional<TextSpan> adjacent(String text, List<TextSpan> quotes, int first, int last) {
        for (TextSpan q : quotes) {
            if (q.end() <= first && onlyPunctuation(text, q.end(), first)) {
                return Optional.of(q);
            }
        }
        for (TextSpan q : quotes) {
            if (q.start() >= last && onlyPunctuation(text, last, q.start())) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the tokens strictly between two indices are punctuation ("Smith, the group's chief, said": the
     * apposition's closing comma), with the first index before the second.
     */
    private static boolean onlyPunctuationBetween(ParsedSentence sentence, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!TokenSpans.isPunctuation(sentence.token(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ",.:;—–-'’".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
