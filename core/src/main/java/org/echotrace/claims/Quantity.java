package org.echotrace.claims;

import java.util.Objects;
import java.util.Set;

/**
 * A number as a statement gives it, turned into the interval its words allow, with what it counts.
 *
 * @param written what the text says ("more than 17,000")
 * @param start   where it stands in the document's text
 * @param low     the least the words allow, null when unbounded
 * @param high    the most the words allow, null when unbounded
 * @param counted the content words after the number, the thing counted ("iranian")
 */
record Quantity(String written, int start, Double low, Double high, Set<String> counted) {

    Quantity {
        Objects.requireNonNull(written, "written");
        counted = Set.copyOf(counted);
    }

    /** Both count the same kind of thing: they share a word of what they count. */
    boolean countsSameAs(Quantity other) {
        return counted.stream().anyMatch(other.counted::contains);
    }

    /** No value satisfies both: the figures disagree. */
    boolean disjointFrom(Quantity other) {
        return high != null && other.low != null && high < other.low
                || other.high != null && low != null && other.high < low;
    }
}
