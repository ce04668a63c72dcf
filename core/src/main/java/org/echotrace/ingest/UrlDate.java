package org.echotrace.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.domain.Published;

/** The date many sites put in an article's address: {@code /2020/08/16/}, {@code /2020-08-16-}, {@code /20200816/}. */
final class UrlDate {
    private static final Pattern DATE_IN_PATH = Pattern.compile(
            "/((?:19|20)\\d{2})[/\\-_]?(0[1-9]|1[0-2])[/\\-_]?(0[1-9]|[12]\\d|3[01])(?=[/\\-_.]|$)");

    private UrlDate() {
    }

    static Optional<Published> of(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = DATE_IN_PATH.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Optional.of(Published.of(date)).filter(PlausibleDate::isPlausible);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
