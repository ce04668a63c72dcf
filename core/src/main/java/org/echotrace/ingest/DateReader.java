package org.echotrace.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.domain.Published;

/**
 * Reads a calendar date, optionally followed by a time of day, at the start of a piece of text: the forms
 * datelines use ({@code 2023-09-03}, {@code September 3, 2023 - 22:58}, {@code 3 Sep. 2023},
 * {@code Sunday, 3 September 2023}, {@code 03.09.2023}). Slash dates are left alone: 03/09 is ambiguous.
 */
final class DateReader {

    /** Where a date was found: the value and the offset just after it (and its time, if any). */
    record DateMatch(Published published, int end) {
    }

    private static final String WEEKDAY =
            "(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|sday|rsday|urday)?\\.?,?\\s+)?";
    private static final String MONTH = "(?<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*)\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?i:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>\\d{4})";

    private static final Pattern ISO = Pattern.compile(
            "(?<year>\\d{4})-(?<monthNumber>\\d{1,2})-(?<day>\\d{1,2})(?=$|[^\\d])");
    private static final Pattern MONTH_FIRST = Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR);
    private static final Pattern DAY_FIRST = Pattern.compile(
            WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR);
    private static final Pattern DOTTED = Pattern.compile(
            "(?<day>\\d{1,2})\\.(?<monthNumber>\\d{1,2})\\.(?<year>\\d{4})");
    private static final Pattern[] DATE_FORMS = {ISO, MONTH_FIRST, DAY_FIRST, DOTTED};

    /** "- 22:58", "T22:58:00Z", ", 10:58 pm GMT", " at 10.58"; the zone is skipped, the wall time kept. */
    private static final Pattern TIME = Pattern.compile(
            "(?:\\s*[-–—,|@]\\s*|\\s*\\bat\\s+|T|\\s+)(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?"
                    + "(?:\\s*(?<half>(?i:[ap]\\.?m\\.?)))?"
                    + "(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}|\\(?(?:GMT|UTC)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?\\)?|[A-Z]{3,4}\\b))?");

    private static final String[] MONTH_PREFIXES =
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private DateReader() {
    }

    /** A date starting exactly at {@code from} in {@code text}. */
    static Optional<DateMatch> readAt(String text, int from) {
        for (Pattern form : DATE_FORMS) {
            Matcher m = form.matcher(text).region(from, text.length());
            if (m.lookingAt()) {
                Optional<LocalDate> date = toDate(m);
                if (date.isPresent()) {
                    return Optional.of(withTime(text, m.end(), date.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** A date that is the whole of {@code text}, give or take surrounding spaces. */
    static Optional<Published> readWhole(String text) {
        String stripped = text.strip();
        return readAt(stripped, 0).filter(m -> m.end() == stripped.length()).map(DateMatch::published);
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("year"));
            int month = hasGroup(m, "monthNumber")
                    ? Integer.parseInt(m.group("monthNumber"))
                    : monthNumber(m.group("month"));
            return month < 1 ? Optional.empty()
                    : Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateMatch withTime(String text, int dateEnd, LocalDate date) {
        Matcher t = TIME.matcher(text).region(dateEnd, text.length());
        if (t.lookingAt()) {
            Optional<LocalTime> time = toTime(t);
            if (time.isPresent()) {
                return new DateMatch(new Published(date, time.get()), t.end());
            }
        }
        return new DateMatch(Published.of(date), dateEnd);
    }

    private static Optional<LocalTime> toTime(Matcher t) {
        int hour = Integer.parseInt(t.group("hour"));
        int minute = Integer.parseInt(t.group("minute"));
        String half = t.group("half");
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** 1..12 for an English month name or its abbreviation, 0 for anything else ("Mayday"). */
    private static int monthNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_PREFIXES.length; i++) {
            if (lower.startsWith(MONTH_PREFIXES[i]) && isMonthSpelling(lower, MONTH_PREFIXES[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static final String[] FULL_NAMES = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    /** The abbreviation, the full name, or "sept". */
    private static boolean isMonthSpelling(String lower, String prefix) {
        if (lower.equals(prefix) || lower.equals("sept")) {
            return true;
        }
        for (String full : FULL_NAMES) {
            if (full.startsWith(prefix)) {
                return lower.equals(full);
            }
        }
        return false;
    }

    private static boolean hasGroup(Matcher m, String name) {
        return m.pattern().pattern().contains("<" + name + ">");
    }
}
