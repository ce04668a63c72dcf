package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whose words a descriptor is: the outlet's own (reported speech included: its wording is the outlet's), or
 * inside a quotation, where the outlet repeats someone else's words.
 */
public enum Voice {
    OWN("own"),
    QUOTED("quoted");

    private final String label;

    Voice(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
