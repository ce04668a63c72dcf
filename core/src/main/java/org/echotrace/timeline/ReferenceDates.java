package org.echotrace.timeline;

import org.echotrace.domain.ReferenceDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.domain.Document;

/**
 * Chooses each document's reference date: its publication date, unless the text evidently republishes
 * older material.
 *
 * <p>The rule: a text republishes older material when it dates at least {@value #MIN_DATED_YEARS} things
 * more finely than to a year ("in June 2016", "the summer of 2016", "the start of 2016", "3 May 2016") and
 * the latest year it writes anywhere lies at least {@value #MIN_GAP_YEARS} years before its publication
 * year. News dates its own events finely ("in June 2023") but history coarsely ("the 1979 revolution",
 * "in the 1980s"); only fine dates that all lie years back show an old report under a new date. Such a
 * document gets no reference date: "on Friday" in it is left unanchored rather than put in the week
 * before its republication. The failure this risks is a lost anchor, never a wrong date.
 */
public final class ReferenceDates {

    static final int MIN_DATED_YEARS = 2;
    static final int MIN_GAP_YEARS = 2;

    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(1[6-9]\\d\\d|20\\d\\d)(?![\\d,])");
    private static final String MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String PART = "spring|summer|autumn|fall|winter|start|beginning|end|middle|early|mid|late";
    /** Words just before a year that date something within it: "June 2016", "June 3, 2016", "summer of 2016". */
    private static final Pattern FINE_BEFORE_YEAR = Pattern.compile(
            "(?i)\\b(?:" + MONTH + ")\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?$|\\b(?:" + PART + ")(?:\\s+of)?,?\\s+$");
    /** ISO dates: "2016-05-03". */
    private static final Pattern ISO_AFTER_YEAR = Pattern.compile("-\\d\\d-\\d\\d");
    private static final int LOOK_BEHIND = 24;

    private ReferenceDates() {
    }

    public static List<ReferenceDate> of(List<Document> documents) {
        List<ReferenceDate> dates = new ArrayList<>(documents.size());
        for (Document document : documents) {
            dates.add(of(document));
        }
        return dates;
    }

    public static ReferenceDate of(Document document) {
        if (document.published() == null) {
            return new ReferenceDate(document.id(), null, false, "no publication date");
        }
        LocalDate published = document.published().date();
        WrittenYears years = WrittenYears.in(document.text());
        if (years.fine() >= MIN_DATED_YEARS && years.latest() <= published.getYear() - MIN_GAP_YEARS) {
            return new ReferenceDate(document.id(), null, true, "republishes older material: dates " + years.fine()
                    + " events to within a year, the latest year written is " + years.latest()
                    + ", published " + published.getYear());
        }
        return new ReferenceDate(document.id(), published, false, "publication date");
    }

    /** @param fine how many years are written with a month, season or part of the year; latest: 0 when none */
    record WrittenYears(int fine, int latest) {
        static WrittenYears in(String text) {
            int fine = 0;
            int latest = 0;
            Matcher year = YEAR.matcher(text);
            while (year.find()) {
                latest = Math.max(latest, Integer.parseInt(year.group(1)));
                String before = text.substring(Math.max(0, year.start() - LOOK_BEHIND), year.start());
                boolean dated = FINE_BEFORE_YEAR.matcher(before).find()
                        || ISO_AFTER_YEAR.matcher(text).region(year.end(), text.length()).lookingAt();
                fine += dated ? 1 : 0;
            }
            return new WrittenYears(fine, latest);
        }
    }
}
