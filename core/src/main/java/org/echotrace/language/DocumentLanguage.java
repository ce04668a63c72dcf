package org.echotrace.language;

import java.util.List;
import java.util.Objects;
import org.echotrace.domain.Attribution;

/** What the language layer found in one document; cross-document linking happens afterwards in core. */
public record DocumentLanguage(String document, List<NameMention> names, List<Description> descriptions,
                               List<Attribution> attributions, List<TimeExpression> times,
                               List<LabelCandidate> labels) {
    public DocumentLanguage {
        Objects.requireNonNull(document, "document");
        names = List.copyOf(names);
        descriptions = List.copyOf(descriptions);
        attributions = List.copyOf(attributions);
        times = List.copyOf(times);
        labels = List.copyOf(labels);
    }

    public static DocumentLanguage empty(String document) {
        return new DocumentLanguage(document, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
