package org.echotrace.nlp;

import java.util.List;
import java.util.Optional;
import org.echotrace.domain.TextSpan;

/**
 * The quotation a bare "he said" or "said the minister" speaks for: one that ends just before the cue and
 * its source ("“We stay,” he said"), else one that starts just after them ("He said: “We stay.”"), with
 * nothing but punctuation and spaces in between.
 */
final class AdjacentQuotation {

    private AdjacentQuotation() {
    }

    static Optional<TextSpan> of(String text, List<TextSpan> quotes, ParsedSentence sentence, SemgrexRules.Match match) {
        java.util.SortedSet<Integer> phrase = sentence.subtree(match.source(), List.of(), java.util.Set.of("punct"));
        int first = Math.min(sentence.token(match.cue()).beginPosition(), sentence.token(phrase.first()).beginPosition());
        int last = Math.max(sentence.token(match.cue()).endPosition(), sentence.token(phrase.last()).endPosition());
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

    private static boolean onlyPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ",.:;—–-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
