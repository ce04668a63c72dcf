package org.echotrace.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first day of an ISO period ("2023-W34", "2016-SU", "198X"), so a timeline's rows sort by time. */
final class PeriodStart {

    private static final Pattern FORM = Pattern.compile("(\\d{3})(\\d|X)(?:-(W?)(\\d\\d|SP|SU|FA|WI|Q\\d)(?:-(\\d\\d))?)?");

    private PeriodStart() {
    }

    /** Empty for an unresolved value ("XXXX-06"). */
    static Optional<LocalDate> of(String iso) {
        Matcher m = FORM.matcher(iso);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1) + (m.group(2).equals("X") ? "0" : m.group(2)));
        String part = m.group(4);
        if (part == null) {
            return Optional.of(LocalDate.of(year, 1, 1));
        }
        if (!m.group(3).isEmpty()) {
            return Optional.of(LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(part))
                    .with(DayOfWeek.MONDAY));
        }
        int month = switch (part) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            case "WI" -> 12;
            default -> part.startsWith("Q") ? 3 * (part.charAt(1) - '0') - 2 : Integer.parseInt(part);
        };
        int day = m.group(5) == null ? 1 : Integer.parseInt(m.group(5));
        return Optional.of(LocalDate.of(year, month, day));
    }
}
