package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * One value reports give for a claim.
 *
 * @param value     as written (for places and actors, the entity's name)
 * @param low       for numbers, the least the words allow; null when unbounded or not a number
 * @param high      for numbers, the most the words allow; null when unbounded or not a number
 * @param documents the documents that give it
 */
public record ConflictValue(String value, Double low, Double high, List<String> documents) {
    public ConflictValue {
        Objects.requireNonNull(value, "value");
        documents = List.copyOf(documents);
    }
}
