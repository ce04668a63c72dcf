package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an attribution says its source did. A fact-checker reads "who said what" and "who believes or wants
 * what" differently: only what was said can be checked against a recording, a statement or an outlet.
 */
public enum SpeechAct {
    /** said, told, reported, wrote, announced, "according to", a quotation */
    SPEECH("speech"),
    /** believes, decided, plans, wants, hopes, fears */
    ATTITUDE("attitude");

    private final String label;

    SpeechAct(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
