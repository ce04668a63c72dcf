package org.echotrace.nlp;

import org.echotrace.domain.SourceKind;
import org.echotrace.domain.TextSpan;

/** A phrase that a later pronoun or "the agency" may stand for: its span, kind, and whether it is plural. */
record Mention(TextSpan span, SourceKind kind, boolean plural) {
}
