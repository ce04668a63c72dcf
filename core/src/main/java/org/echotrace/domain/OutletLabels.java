package org.echotrace.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How often one outlet uses one descriptor (counted by its family: "terrorist" and "terror" together) for one
 * entity in one story, in its own voice and inside quotations.
 *
 * @param outlet     the outlet's name, or the document id when the outlet is unknown
 * @param term       the descriptor's most used dictionary form in this outlet
 * @param family     what the descriptors are counted by (the lexicon entry matched, else the term)
 * @param evidence   why it is evaluative ({@code ptc}, {@code mpqa-strong}, {@code mpqa-weak}), null when neutral
 * @param contrast   true when this outlet alone uses it for the entity in the story, while others name the entity
 * @param own        uses in the outlet's own voice
 * @param quoted     uses inside quotations
 * @param forms      the words as written (lower case) with their counts, most used first
 * @param quotedFrom who the quotations are attributed to, where known
 */
public record OutletLabels(String outlet, String term, String family, String evidence, boolean contrast, int own,
                           int quoted, Map<String, Integer> forms, List<String> quotedFrom) {
    public OutletLabels {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(term, "term");
        forms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(forms));
        quotedFrom = List.copyOf(quotedFrom);
    }

    public int uses() {
        return own + quoted;
    }
}
