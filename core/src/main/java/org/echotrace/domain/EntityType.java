package org.echotrace.domain;

/** The kinds of real-world things the report tracks as entities. */
public enum EntityType {
    person, organization, place;
}
