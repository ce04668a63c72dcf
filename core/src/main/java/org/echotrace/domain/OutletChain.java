package org.echotrace.domain;

import java.util.Objects;

/**
 * A passage passed on twice: {@code last} took it from {@code middle}, which took it from {@code origin};
 * the passage of the last document matches both earlier ones, and origin is earlier than middle, middle
 * earlier than last. Three distinct outlets.
 *
 * @param inLast       where the passage stands in the last document (the part matching both)
 * @param words        words of that part
 * @param originHidden the last document credits nobody or only the middle one, not the origin; null when
 *                     its credit is not known
 */
public record OutletChain(String origin, String middle, String last, String originDocument, String middleDocument,
                          String lastDocument, Span inLast, int words, Boolean originHidden) {
    public OutletChain {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(middle, "middle");
        Objects.requireNonNull(last, "last");
    }
}
