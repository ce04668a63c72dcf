package org.echotrace.nlp.attribution;

import org.echotrace.domain.SourceKind;
import org.echotrace.domain.TextSpan;

/**
 * One attribution as read off a sentence, before pronouns and outlets are resolved against the rest of the
 * document.
 *
 * @param source       the source phrase, or null
 * @param sourceKind   its kind as the phrase alone tells (a pronoun's is refined by its antecedent)
 * @param pluralSource whether the source phrase is plural ("officials")
 * @param antecedent   for a relative pronoun source ("X, who said"), the phrase it stands for
 * @param listener     an outlet the cue names as the one spoken to ("told the agency"), or null
 * @param listenerNamed whether the listener phrase carries a name
 * @param shape        the name of the shape it was read with (a Semgrex rule, or a shallow reader), for tuning
 */
record Candidate(TextSpan cue, TextSpan source, SourceKind sourceKind, boolean pluralSource, TextSpan antecedent,
                 TextSpan content, boolean direct, TextSpan listener, boolean listenerNamed, String shape) {

    Candidate withContent(TextSpan newContent) {
        return new Candidate(cue, source, sourceKind, pluralSource, antecedent, newContent,
                AttributionSpans.isDirect(newContent), listener, listenerNamed, shape);
    }

    Candidate withSource(TextSpan newSource, SourceKind kind, boolean plural, TextSpan newAntecedent) {
        return new Candidate(cue, newSource, kind, plural, newAntecedent, content, direct, listener, listenerNamed, shape);
    }
}
