package org.echotrace.nlp.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Map;

/**
 * Which part of a period an expression means (early, mid, late) or which side of it (before, after,
 * since). Read from the words, the same ones SUTime reads its {@code mod} from: the cached parse does not
 * keep SUTime's {@code mod}, and words give the same answer from a fresh and a cached parse.
 */
final class TimeModifier {

    /** Words inside the expression: "late June", "the end of August", "mid-July", "the start of 2016". */
    private static final Map<String, String> PART = Map.of(
            "early", "early", "beginning", "early", "start", "early",
            "mid", "mid", "middle", "mid",
            "late", "late", "end", "late");

    /** The word just before the expression: "since 2013", "after May", "before the vote". */
    private static final Map<String, String> SIDE = Map.of(
            "since", "since", "after", "after", "before", "before", "prior", "before");

    private TimeModifier() {
    }

    /** @param tokens the sentence's tokens; the expression is {@code [from, to)} */
    static String of(List<CoreLabel> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
            String part = PART.get(word.startsWith("mid-") ? "mid" : word);
            if (part != null) {
                return part;
            }
        }
        return before(tokens, from);
    }

    private static String before(List<CoreLabel> tokens, int from) {
        int i = from - 1;
        if (i >= 1 && tokens.get(i).word().equalsIgnoreCase("to")) {
            i--; // "prior to June"
        }
        return i < 0 ? null : SIDE.get(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT));
    }
}
