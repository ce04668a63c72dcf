package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who is said to have said something. */
public enum SourceKind {
    /** a named person */
    PERSON("person"),
    /** a named organisation, government body or group */
    ORGANIZATION("organization"),
    /** a news outlet or agency */
    MEDIA("media"),
    /** a named country, city or region, speaking for its government or people ("the United States said") */
    PLACE("place"),
    /** an unnamed source: "an informed source", "officials", "sources" */
    ANONYMOUS("anonymous");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
