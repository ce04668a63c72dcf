package org.echotrace.nlp.attribution;

import org.echotrace.domain.SourceKind;
import org.echotrace.domain.TextSpan;

/**
 * A phrase that a later pronoun or "the agency" may stand for: its span, kind, whether it is plural, the
 * gender its first name or title tells (for people), and whether it was the source of an attribution.
 */
record Antecedent(TextSpan span, SourceKind kind, boolean plural, Gender gender, boolean speaker) {

    /** A person's gender as the name or title shows it; {@code UNKNOWN} fits either pronoun. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    Antecedent(TextSpan span, SourceKind kind, boolean plural) {
        this(span, kind, plural, Gender.UNKNOWN, false);
    }
}
