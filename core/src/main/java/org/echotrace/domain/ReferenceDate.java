package org.echotrace.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date a document's relative expressions ("last week", "on Saturday") are resolved against.
 *
 * @param date        the reference date, or null when there is none (relative dates then stay unanchored)
 * @param republished the document evidently republishes older material, so its publication date is not used
 * @param reason      why the date was chosen or withheld, for the report's readers
 */
public record ReferenceDate(String document, LocalDate date, boolean republished, String reason) {
    public ReferenceDate {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(reason, "reason");
    }
}
