package org.echotrace.nlp.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether SUTime's expression dates something precisely enough to place it on a timeline. Vague
 * spans ("a few years ago", "months ago") resolve to a precise-looking value SUTime invents, and a
 * season word after a possessive ("Saddam's fall") is a noun, not a time.
 */
final class DatableExpression {

    private static final Set<String> VAGUE = Set.of("few", "several", "some", "many", "couple", "recent");
    private static final Set<String> ONE = Set.of("a", "an", "one");
    private static final Set<String> POSSESSIVE_TAGS = Set.of("POS", "PRP$");

    private DatableExpression() {
    }

    /** @param tokens the sentence's tokens; the expression is {@code [from, to)} */
    static boolean test(List<CoreLabel> tokens, int from, int to) {
        List<CoreLabel> words = tokens.subList(from, to);
        if (words.stream().anyMatch(t -> VAGUE.contains(lower(t)))) {
            return false;
        }
        if (words.stream().anyMatch(t -> lower(t).equals("ago")) && words.stream().noneMatch(DatableExpression::counts)) {
            return false;
        }
        return !(to - from == 1 && from > 0 && POSSESSIVE_TAGS.contains(tokens.get(from - 1).tag()));
    }

    private static boolean counts(CoreLabel token) {
        return "CD".equals(token.tag()) || ONE.contains(lower(token));
    }

    private static String lower(CoreLabel token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
