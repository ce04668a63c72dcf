package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** How closely one document's text follows another's. */
public enum ReuseKind {
    /** every shared passage is word-for-word the same (case and punctuation aside) */
    VERBATIM("verbatim"),
    /** the shared passages are copied with small edits: words inserted, dropped or changed */
    NEAR_VERBATIM("near-verbatim"),
    /** little text is shared, but several claims are the same in other words; passages are the paired statements */
    PARAPHRASE("paraphrase");

    private final String label;

    ReuseKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
