package org.echotrace.domain;

import java.util.Map;
import java.util.Objects;

/**
 * How one outlet labels one entity, over all its documents: each label (lower case) with how often it is used.
 *
 * @param outlet the outlet's name, or the document id when the outlet is unknown
 * @param labels label to count, most used first
 */
public record OutletLabels(String outlet, String entity, Map<String, Integer> labels) {
    public OutletLabels {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(entity, "entity");
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    }
}
