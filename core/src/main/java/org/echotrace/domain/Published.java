package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When a document was published: a day, optionally with a time of day.
 * Serialised as ISO-8601 ({@code 2023-09-03} or {@code 2023-09-03T22:58}).
 */
public record Published(LocalDate date, LocalTime time) implements Comparable<Published> {

    public Published {
        Objects.requireNonNull(date, "date");
    }

    public static Published of(LocalDate date) {
        return new Published(date, null);
    }

    public static Published of(LocalDateTime dateTime) {
        return new Published(dateTime.toLocalDate(), dateTime.toLocalTime());
    }

    /** Parses an ISO date ({@code 2023-09-03}) or date-time ({@code 2023-09-03T22:58[:00][Z|+02:00]}). */
    @JsonCreator
    public static Published parse(String iso) {
        String s = iso.strip();
        try {
            if (s.length() <= 10) {
                return of(LocalDate.parse(s));
            }
            return of(java.time.OffsetDateTime.parse(s).toLocalDateTime());
        } catch (DateTimeParseException notOffset) {
            try {
                return of(LocalDateTime.parse(s));
            } catch (DateTimeParseException e) {
                return of(LocalDate.parse(s.substring(0, 10)));
            }
        }
    }

    /** Parses leniently; empty when the value is not an ISO date. */
    public static Optional<Published> tryParse(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(iso));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    public Optional<LocalTime> timeOfDay() {
        return Optional.ofNullable(time);
    }

    @JsonValue
    @Override
    public String toString() {
        return time == null ? date.toString() : date + "T" + time;
    }

    /** Days are compared first; a missing time sorts before any time on the same day. */
    @Override
    public int compareTo(Published o) {
        int byDate = date.compareTo(o.date);
        if (byDate != 0) {
            return byDate;
        }
        if (Objects.equals(time, o.time)) {
            return 0;
        }
        return time == null ? -1 : o.time == null ? 1 : time.compareTo(o.time);
    }
}
