package org.echotrace.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.echotrace.domain.Published;

/**
 * Whether a date can be a news article's publication date: not before 1900 (placeholders such as
 * {@code 0001-01-01}, which Gannett pages carry, or a two-digit year read as year 20) and not after the day
 * it is read (a day's grace for time zones).
 */
final class PlausibleDate {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private PlausibleDate() {
    }

    static boolean isPlausible(Published published) {
        LocalDate date = published.date();
        return !date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }
}
