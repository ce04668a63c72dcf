package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * Reports of one claim that give different values (figures whose ranges do not overlap, different
 * dates), or a value only some of them give (a second destination).
 *
 * @param without documents of the claim that give none of these values (for a value only some give),
 *                empty when the documents disagree
 * @param note    what differs, in words
 */
public record Conflict(ConflictKind kind, List<ConflictValue> values, List<String> without, String note) {
    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        values = List.copyOf(values);
        without = List.copyOf(without);
    }
}
