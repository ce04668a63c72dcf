package org.echotrace.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the lines of a page's text that are only a date or a time, with at most one word beside it
 * ("15. Mai 2019, 05:28 Uhr", "16 marca 2021", "Feb 8, 2020"): the page's furniture around the article
 * (publication and update stamps), never its sentences. The month may be a word of any language, so the
 * forms are read by their shape: digits with dots, dashes or slashes, a time of day, or a day, a word and
 * a year in either order.
 */
final class DateOnlyLines {
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b\\d{1,2}[./-]\\s?\\d{1,2}[./-]\\s?\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b"
                    + "|\\b\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?,?\\s+\\d{4}\\b|\\b\\p{L}{3,12}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b");
    /** Words of two letters or more: what a line holds besides its dates. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final int MAX_LENGTH = 40;
    private static final int MAX_OTHER_WORDS = 1;

    private DateOnlyLines() {
    }

    /**
     * The text without its date-only paragraphs; paragraphs are separated by blank lines.
     *
     * @param keepFirst keep the first one: the page's markup gives no date, and cleaning reads it as the
     *                  publication date (and removes it then)
     */
    static String remove(String text, boolean keepFirst) {
        StringBuilder kept = new StringBuilder(text.length());
        boolean keep = keepFirst;
        for (String paragraph : text.split("\n\n")) {
            boolean dateOnly = isDateOnly(paragraph.strip());
            if (!dateOnly || keep) {
                kept.append(kept.length() == 0 ? "" : "\n\n").append(paragraph);
            }
            keep &= !dateOnly;
        }
        return kept.toString();
    }

    static boolean isDateOnly(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        Matcher date = DATE_OR_TIME.matcher(line);
        if (!date.find()) {
            return false;
        }
        Matcher words = WORD.matcher(DATE_OR_TIME.matcher(line).replaceAll(" "));
        int others = 0;
        while (words.find()) {
            others++;
        }
        return others <= MAX_OTHER_WORDS;
    }
}
