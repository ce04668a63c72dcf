package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of real-world things the report tracks as entities. */
public enum EntityType {
    PERSON("person"),
    ORGANIZATION("organization"),
    PLACE("place");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
