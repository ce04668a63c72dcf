package org.echotrace.language;

import java.util.List;
import java.util.Objects;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Span;

/**
 * What the language layer found in one document; cross-document linking happens afterwards in core.
 *
 * @param clauses the clauses of its sentences, in text order: the statements claims are made of
 */
public record DocumentLanguage(String document, List<NameMention> names, List<Description> descriptions,
                               List<Attribution> attributions, List<TimeExpression> times,
                               List<LabelCandidate> labels, List<Span> clauses) {
    public DocumentLanguage {
        Objects.requireNonNull(document, "document");
        names = List.copyOf(names);
        descriptions = List.copyOf(descriptions);
        attributions = List.copyOf(attributions);
        times = List.copyOf(times);
        labels = List.copyOf(labels);
        // annotations stored before clauses existed have none
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    /** Without clauses, for analyzers that do not split sentences. */
    public DocumentLanguage(String document, List<NameMention> names, List<Description> descriptions,
                            List<Attribution> attributions, List<TimeExpression> times,
                            List<LabelCandidate> labels) {
        this(document, names, descriptions, attributions, times, labels, List.of());
    }

    public static DocumentLanguage empty(String document) {
        return new DocumentLanguage(document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
