package org.echotrace.language;

import java.util.Locale;
import java.util.Objects;
import org.echotrace.domain.DescriptorKind;
import org.echotrace.domain.Span;
import org.echotrace.domain.TextSpan;

/**
 * Words a document uses for something it names or describes: a premodifier ("the terrorist X group"), a
 * compound head ("X terrorists"), an apposition or predicate ("X, the ringleader of ..."), a characterising
 * relative clause, or a description standing for it.
 *
 * @param label    the descriptor's words
 * @param target   the stretch of text they describe (a name or a description); matched to an entity later
 * @param kind     how the parse ties them to the target
 * @param term     the word that carries the description, as a dictionary form
 * @param family   the lexicon entry an evaluative word matched, else the term (descriptors are counted by it)
 * @param evidence why it is evaluative ({@code ptc}, {@code mpqa-strong}, {@code mpqa-weak}); null when neutral.
 *                 Candidates stored before descriptors had kinds were all evaluative words of the PTC vocabulary.
 */
public record LabelCandidate(String document, TextSpan label, Span target, DescriptorKind kind, String term,
                             String family, String evidence) {
    public LabelCandidate {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
        if (kind == null) {
            evidence = evidence == null ? "ptc" : evidence;
            kind = DescriptorKind.PREMODIFIER;
        }
        term = term == null ? label.text().toLowerCase(Locale.ROOT) : term;
        family = family == null ? term : family;
    }

    public boolean evaluative() {
        return evidence != null;
    }
}
