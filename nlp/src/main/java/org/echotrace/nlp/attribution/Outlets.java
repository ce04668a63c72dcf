package org.echotrace.nlp.attribution;

import java.util.List;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.TextSpan;

/**
 * The outlet a source spoke through: the one the cue says it spoke to ("a source told the agency"), or an
 * outlet whose own attribution carries this one ("the newspaper reported that a source said ...",
 * "according to the agency, an official said ...").
 */
final class Outlets {

    private Outlets() {
    }

    static String spokenThrough(Candidate c, List<Candidate> all, List<Antecedent> mentions) {
        if (c.listener() != null) {
            return ViaResolver.resolve(c.listener().text(), c.listener().start(), c.listenerNamed(), mentions);
        }
        for (Candidate outer : all) {
            if (outer != c && outer.sourceKind() == SourceKind.MEDIA && contains(outer.content(), c.cue())
                    && c.source() != null) {
                TextSpan outlet = outer.source();
                boolean named = outlet.text().chars().anyMatch(Character::isUpperCase);
                return ViaResolver.resolve(outlet.text(), outlet.start(), named, mentions);
            }
        }
        return null;
    }

    private static boolean contains(TextSpan outer, TextSpan inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
