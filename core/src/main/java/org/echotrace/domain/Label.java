package org.echotrace.domain;

import java.util.Objects;

/**
 * A word or phrase one document uses for one entity ("terrorist" in "the terrorist X group", "ringleader" in
 * "Y, the ringleader of X"), with how the parse ties it to the entity, whether it is evaluative, and whose voice
 * it is.
 *
 * @param entity     the entity's id
 * @param label      the words as written
 * @param start      where they start in the document's cleaned text
 * @param end        where they end (exclusive)
 * @param kind       how the parse ties the words to the entity
 * @param term       the word that carries the description, as a dictionary form ("terrorist" for "terrorists")
 * @param family     what descriptors are counted together by: the lexicon entry an evaluative word matched
 *                   ("terror" for "terrorist" and "terror"), else the term
 * @param evidence   why it is evaluative ({@code ptc}, {@code mpqa-strong}, {@code mpqa-weak}), null when neutral
 * @param voice      the outlet's own words or a quotation
 * @param quotedFrom who the quotation is attributed to, when it is quoted and the attribution is known; else null
 */
public record Label(String entity, String document, String label, int start, int end, DescriptorKind kind,
                    String term, String family, String evidence, Voice voice, String quotedFrom) {
    public Label {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(label, "label");
        kind = kind == null ? DescriptorKind.PREMODIFIER : kind;
        term = term == null ? label.toLowerCase(java.util.Locale.ROOT) : term;
        family = family == null ? term : family;
        voice = voice == null ? Voice.OWN : voice;
    }

    public boolean evaluative() {
        return evidence != null;
    }
}
