package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of real-world things the report tracks as entities. */
public enum EntityType {
    PERSON("person"),
    ORGANIZATION("organization"),
    PLACE("place"),
    /** a news outlet or agency: a name written as one ("X News Agency") or spoken through ("told X", "X reported") */
    MEDIA("media");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
