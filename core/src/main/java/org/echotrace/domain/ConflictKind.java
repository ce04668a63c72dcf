package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** What reports of one claim disagree on, or what some give and others leave out. */
public enum ConflictKind {
    NUMBER("number"),
    PLACE("place"),
    DATE("date"),
    ACTOR("actor");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
