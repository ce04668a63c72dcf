package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * The headline way of attributing: "Name: what they said" (PolNeAR marks the colon as the cue). Only a short
 * run of nouns with a proper name in it, at the very start of a sentence, may stand before the colon.
 */
final class HeadlineSpeaker {

    /** The shape's name; a "Name: words" label quotes its name's words, so what it reads is speech. */
    static final String SHAPE = "headline-speaker";
    private static final int LONGEST_NAME = 6;
    private static final int SHORTEST_CONTENT = 3;

    private HeadlineSpeaker() {
    }

    static Optional<Candidate> find(String text, ParsedSentence sentence) {
        int colon = 0;
        for (int i = 1; i <= Math.min(sentence.tokens().size(), LONGEST_NAME + 1); i++) {
            if (":".equals(sentence.token(i).word())) {
                colon = i;
                break;
            }
            if (!isNameWord(sentence.token(i))) {
                return Optional.empty();
            }
        }
        // the word before the colon names someone ("Sanders:", "NY Post:"); "Editor's note:" is a label
        if (colon < 2 || sentence.tokens().size() - colon < SHORTEST_CONTENT
                || !sentence.token(colon - 1).tag().startsWith("NNP")) {
            return Optional.empty();
        }
        SortedSet<Integer> source = new TreeSet<>();
        for (int i = 1; i < colon; i++) {
            source.add(i);
        }
        SortedSet<Integer> content = new TreeSet<>();
        for (int i = colon + 1; i <= sentence.tokens().size(); i++) {
            content.add(i);
        }
        TextSpan cue = TextSpan.of(text, sentence.token(colon).beginPosition(), sentence.token(colon).endPosition());
        return AttributionSpans.ofWords(SHAPE, text, sentence, cue, source, content);
    }

    private static boolean isNameWord(CoreLabel token) {
        String tag = token.tag();
        return tag.startsWith("NN") || tag.equals("POS") || tag.equals("CD");
    }
}
