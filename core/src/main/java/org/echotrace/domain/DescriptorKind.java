package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a descriptor is tied to the entity it describes, read from the parse. */
public enum DescriptorKind {
    /** a modifier of the entity's name or of the noun naming it: "the terrorist X group", "the notorious X" */
    PREMODIFIER("premodifier"),
    /** the head noun of a phrase the name modifies: "X terrorists" */
    COMPOUND_HEAD("compound head"),
    /** a noun phrase next to the name, set off by commas: "X, the ringleader of ..." */
    APPOSITION("apposition"),
    /** what a copula or "as" says the entity is: "X is a cult", "X was listed as a terrorist organization" */
    PREDICATE("predicate"),
    /** a relative clause that characterises: "X, who has an affinity for conspiracy theories" */
    RELATIVE_CLAUSE("relative clause"),
    /** a definite description standing for the entity: "the dissident group" */
    DESCRIPTION("description");

    private final String label;

    DescriptorKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
