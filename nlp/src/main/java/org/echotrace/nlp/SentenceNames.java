package org.echotrace.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Span;

/** The named people, organisations and places of one sentence, by the (1-based) index of each of their tokens. */
final class SentenceNames {

    private final Map<Integer, Span> byToken = new HashMap<>();

    SentenceNames(CoreMap sentence) {
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        int sentenceStart = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (CoreMap mention : mentions) {
            if (EntityTypes.of(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class)).isEmpty()) {
                continue;
            }
            Span span = new Span(mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            for (int t = mention.get(CoreAnnotations.TokenBeginAnnotation.class);
                 t < mention.get(CoreAnnotations.TokenEndAnnotation.class); t++) {
                byToken.put(t - sentenceStart + 1, span);
            }
        }
    }

    /** The name the token belongs to, or null. */
    Span of(int tokenIndex) {
        return byToken.get(tokenIndex);
    }

    boolean contains(int tokenIndex) {
        return byToken.containsKey(tokenIndex);
    }
}
