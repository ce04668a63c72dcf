package org.echotrace.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a short lead such as "Daily Courier" in "Daily Courier - The minister said ..." can be the
 * name of a publisher: one to four capitalised words. Not all capitals (that is a city dateline like
 * "CITY -"), not a date, and not one of the labels papers put before text ("Exclusive:", "Update:").
 */
final class OutletName {
    private static final int MAX_WORDS = 4;
    private static final int MAX_LENGTH = 40;
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "del", "da", "la", "le",
            "al", "el", "on", "&", "-");
    private static final Set<String> LABELS = Set.of("breaking", "update", "updated", "exclusive", "opinion",
            "analysis", "editorial", "watch", "video", "photo", "photos", "live", "note", "editor's", "editors",
            "correction", "warning", "source", "sources", "read", "related", "comment", "comments", "interview",
            "report", "reports", "question", "answer", "q", "a", "transcript", "summary", "background", "context",
            "timeline", "explainer", "factbox", "factcheck", "fact", "quote", "quotes", "listen", "podcast", "share",
            "advertisement", "sponsored", "tags", "tag", "topics", "by", "date", "published", "posted");
    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday");

    private OutletName() {
    }

    static boolean isPlausible(String lead) {
        String name = lead.strip();
        String[] words = name.split("\\s+");
        if (name.isEmpty() || name.length() > MAX_LENGTH || words.length > MAX_WORDS || isAllCapitals(name)) {
            return false;
        }
        if (LABELS.contains(words[0].toLowerCase(Locale.ROOT)) || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0));
            if (CALENDAR_WORDS.contains(lower) || !(capitalised || CONNECTORS.contains(lower))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCapitals(String name) {
        return name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
