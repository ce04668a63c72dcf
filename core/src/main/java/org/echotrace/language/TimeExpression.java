package org.echotrace.language;

import java.util.Objects;
import org.echotrace.domain.TextSpan;

/**
 * A date or time a document mentions, normalised.
 *
 * @param value     ISO value ("2023-06", "2023-W34", "2023-08-27"), or the unresolved form when not anchored
 * @param precision day, week, month, season, year or decade
 * @param modifier  early, mid, late, before, after, since; or null
 * @param anchored  false when a relative date had nothing to resolve against (then it is not guessed)
 * @param event     the clause the expression dates
 * @param verb      the lemma of the clause's main verb ("flee"), or null
 * @param sentence  the sentence it stands in
 */
public record TimeExpression(String document, TextSpan text, String value, String precision, String modifier,
                             boolean anchored, TextSpan event, String verb, TextSpan sentence) {
    public TimeExpression {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(sentence, "sentence");
    }
}
