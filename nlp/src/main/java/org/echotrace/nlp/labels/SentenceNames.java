package org.echotrace.nlp.labels;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Span;
import org.echotrace.nlp.names.EntityTypes;

/** The named people, organisations and places of one sentence, by the (1-based) index of each of their tokens. */
final class SentenceNames {

    private final Map<Integer, Span> byToken = new HashMap<>();
    private final Set<Integer> places = new HashSet<>();
    private final Set<Integer> organizations = new HashSet<>();
    private final Set<Integer> people = new HashSet<>();

    SentenceNames(CoreMap sentence) {
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        int sentenceStart = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (CoreMap mention : mentions) {
            Optional<EntityType> type =
                    EntityTypes.of(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class));
            if (type.isEmpty()) {
                continue;
            }
            Span span = new Span(mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            for (int t = mention.get(CoreAnnotations.TokenBeginAnnotation.class);
                 t < mention.get(CoreAnnotations.TokenEndAnnotation.class); t++) {
                byToken.put(t - sentenceStart + 1, span);
                if (type.get() == EntityType.PLACE) {
                    places.add(t - sentenceStart + 1);
                } else if (type.get() == EntityType.ORGANIZATION) {
                    organizations.add(t - sentenceStart + 1);
                } else if (type.get() == EntityType.PERSON) {
                    people.add(t - sentenceStart + 1);
                }
            }
        }
    }

    /** The name the token belongs to, or null. */
    Span of(int tokenIndex) {
        return byToken.get(tokenIndex);
    }

    /** Whether the token belongs to the name of a place. */
    boolean isPlace(int tokenIndex) {
        return places.contains(tokenIndex);
    }

    /** Whether the token belongs to the name of an organisation. */
    boolean isOrganization(int tokenIndex) {
        return organizations.contains(tokenIndex);
    }

    /** Whether the token belongs to the name of a person. */
    boolean isPerson(int tokenIndex) {
        return people.contains(tokenIndex);
    }

    boolean contains(int tokenIndex) {
        return byToken.containsKey(tokenIndex);
    }
}
