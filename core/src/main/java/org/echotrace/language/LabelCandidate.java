package org.echotrace.language;

import java.util.Objects;
import org.echotrace.domain.Span;
import org.echotrace.domain.TextSpan;

/**
 * Words a document applies to something it names: a premodifier ("the terrorist X group"),
 * an apposition or predicate nominal ("X, the ringleader of ..."), or a description standing for it.
 *
 * @param label  the evaluative words
 * @param target the stretch of text they describe (a name or a description); matched to an entity later
 */
public record LabelCandidate(String document, TextSpan label, Span target) {
    public LabelCandidate {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
    }
}
