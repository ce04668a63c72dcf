package org.echotrace.domain;

import java.util.Objects;

/** Words of one outlet's documents that appear earlier in another outlet's. */
public record OutletWords(String outlet, int words) {
    public OutletWords {
        Objects.requireNonNull(outlet, "outlet");
    }
}
