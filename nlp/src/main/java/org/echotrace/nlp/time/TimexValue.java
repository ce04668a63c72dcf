package org.echotrace.nlp.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SUTime value read as a point on the calendar: its ISO form, how precise it is, and whether it is
 * anchored. Durations, sets and present/past/future references are not dates of anything and are refused.
 *
 * @param value     ISO ("2023-06", "2023-W34", "2023-08-27", "2016-SU", "198X"), or SUTime's unresolved form
 *                  ("XXXX-06", "THIS P1W OFFSET P-1W") when not anchored
 * @param precision day, week, month, season, quarter, year or decade
 * @param anchored  whether the value is a resolved calendar date
 */
record TimexValue(String value, String precision, boolean anchored) {

    private static final Pattern DAY = Pattern.compile("(\\w{4}-\\w{2}-\\w{2}).*");
    private static final Pattern WEEKDAY = Pattern.compile("\\w{4}-W\\w{2}-\\d.*");
    private static final Pattern WEEK = Pattern.compile("(\\w{4}-W\\w{2}).*");
    private static final Pattern SEASON = Pattern.compile("\\w{4}-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("\\w{4}-Q\\d");
    private static final Pattern MONTH = Pattern.compile("\\w{4}-\\w{2}");
    private static final Pattern YEAR = Pattern.compile("\\w{4}");
    private static final Pattern DECADE = Pattern.compile("\\w{3}X");
    /** The unit of an unresolved function such as "THIS P1W OFFSET P-1W", "THIS P1Y" or "TNI OFFSET P-1D". */
    private static final Pattern PERIOD_UNIT = Pattern.compile("P-?\\d+([DWMY])");

    /**
     * @param value       the timex value, may be null
     * @param altValue    the timex alternative value (the unresolved temporal function), may be null
     * @param text        the expression as written
     * @param hasReference whether the parse had a reference date to resolve relative expressions against
     */
    static Optional<TimexValue> of(String value, String altValue, String text, boolean hasReference) {
        if (value == null) {
            return altValue == null ? Optional.empty() : unresolvedOffset(altValue);
        }
        if (value.startsWith("P") || value.contains("REF")) {
            return Optional.empty();
        }
        return calendar(value).map(v -> v.anchored && !hasReference && !writtenOut(v.value, text)
                ? new TimexValue(v.value.replaceFirst("^\\d{4}", "XXXX"), v.precision, false) : v);
    }

    private static Optional<TimexValue> calendar(String value) {
        String date = value.contains("T") ? value.substring(0, value.indexOf('T')) : value;
        Matcher day = DAY.matcher(date);
        if (WEEKDAY.matcher(date).matches()) {
            return Optional.of(make(date, "day"));
        }
        if (day.matches()) {
            return Optional.of(make(day.group(1), "day"));
        }
        Matcher week = WEEK.matcher(date);
        if (week.matches()) {
            return Optional.of(make(week.group(1), "week"));
        }
        if (SEASON.matcher(date).matches()) {
            return Optional.of(make(date, "season"));
        }
        if (QUARTER.matcher(date).matches()) {
            return Optional.of(make(date, "quarter"));
        }
        if (MONTH.matcher(date).matches()) {
            return Optional.of(make(date, "month"));
        }
        if (DECADE.matcher(date).matches()) {
            // "198X": the X is the decade's notation, not a missing year
            return Optional.of(new TimexValue(date, "decade", Character.isDigit(date.charAt(2))));
        }
        if (YEAR.matcher(date).matches()) {
            return Optional.of(make(date, "year"));
        }
        return Optional.empty();
    }

    private static TimexValue make(String date, String precision) {
        return new TimexValue(date, precision, !date.contains("X"));
    }

    private static Optional<TimexValue> unresolvedOffset(String altValue) {
        Matcher unit = PERIOD_UNIT.matcher(altValue);
        if (!unit.find()) {
            return Optional.empty();
        }
        String precision = switch (unit.group(1)) {
            case "D" -> "day";
            case "W" -> "week";
            case "M" -> "month";
            default -> "year";
        };
        return Optional.of(new TimexValue(altValue, precision, false));
    }

    /**
     * Without a reference date, a resolved value is only trusted when the text writes its year out
     * ("late June 2023", "the 1980s"); anything else would be a guess.
     */
    private static boolean writtenOut(String value, String text) {
        String year = value.endsWith("X") ? value.substring(0, 3) : value.substring(0, 4);
        return text.contains(year);
    }
}
