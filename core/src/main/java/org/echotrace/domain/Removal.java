package org.echotrace.domain;

import java.util.Objects;

/**
 * A piece of the original text that cleaning removed, and why
 * (for example {@code "cookie banner"} or {@code "title repeated in body"}).
 * The text is not part of the cleaned text, so it carries no offsets into it.
 */
public record Removal(String text, String reason) {
    public Removal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
