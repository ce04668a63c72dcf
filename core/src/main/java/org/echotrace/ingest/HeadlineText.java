package org.echotrace.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Compares headlines the way a reader would: case, quote style, spacing and end punctuation aside. */
final class HeadlineText {
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+$");

    private HeadlineText() {
    }

    static boolean same(String a, String b) {
        return !normalise(a).isEmpty() && normalise(a).equals(normalise(b));
    }

    /** True when the line is the headline, alone or after a lead like "Name: headline". */
    static boolean repeats(String line, String headline) {
        return same(line, headline) || LeadSplit.of(line).map(split -> same(split.rest(), headline)).orElse(false);
    }

    static String normalise(String text) {
        String unified = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('\u00A0', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return EDGE_PUNCTUATION.matcher(unified).replaceAll("");
    }
}
