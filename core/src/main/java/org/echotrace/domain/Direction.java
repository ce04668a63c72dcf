package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way text flowed between the two documents of a reuse pair, as far as dates tell. */
public enum Direction {
    A_TO_B("a->b"),
    B_TO_A("b->a"),
    UNKNOWN("unknown");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
