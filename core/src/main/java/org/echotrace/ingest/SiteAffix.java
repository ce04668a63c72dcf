package org.echotrace.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Takes the site's name off a page title: "Headline - Site", "Site | Headline", "Headline | Section | Site".
 * A part is the site's when it names the outlet, the host ("reitschuster.de", "Lady 50plus" on
 * lady50plus.de) or the author; when the page's first heading is one of the parts, that heading is the title.
 * A title whose parts name nobody keeps them all: "Change Font Size in R | Axis Text & Legend" is one title.
 */
final class SiteAffix {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»«›‹/•]+\\s+|\\s*(?:\\||::|•)\\s*");
    private static final int MIN_NAME_LENGTH = 3;

    private SiteAffix() {
    }

    /**
     * @param names the outlet, the host and the author as far as known; null entries are ignored
     * @param heading the page's first heading, or null
     */
    static String strip(String title, String heading, List<String> names) {
        if (title == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(SEPARATOR.split(title.strip())));
        if (parts.size() < 2) {
            return title.strip();
        }
        if (heading != null && parts.stream().anyMatch(part -> sameWords(part, heading))) {
            return heading.strip();
        }
        List<String> keys = keys(names);
        while (parts.size() > 1 && partNamesSite(parts.get(parts.size() - 1), keys)) {
            parts.remove(parts.size() - 1);
        }
        while (parts.size() > 1 && partNamesSite(parts.get(0), keys)) {
            parts.remove(0);
        }
        if (parts.size() == Arrays.asList(SEPARATOR.split(title.strip())).size()) {
            return title.strip();
        }
        // the parts left are joined as the page wrote them: take the span of the original title they cover
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        int start = title.indexOf(first);
        int end = title.lastIndexOf(last) + last.length();
        return start >= 0 && end > start ? title.substring(start, end).strip() : String.join(" - ", parts);
    }

    /** Whether the whole of {@code text} is one of the site's names. */
    static boolean namesSite(String text, List<String> names) {
        return partNamesSite(text, keys(names));
    }

    private static List<String> keys(List<String> names) {
        return names.stream().filter(n -> n != null).map(SiteAffix::key).filter(k -> k.length() >= MIN_NAME_LENGTH)
                .toList();
    }

    private static boolean partNamesSite(String part, List<String> keys) {
        String partKey = key(part);
        if (partKey.length() < MIN_NAME_LENGTH) {
            return false;
        }
        String[] words = part.strip().split("\\s+");
        String firstWord = key(words[0]);
        for (String name : keys) {
            // "DAS HAUS" on haus.de; but "Zeit für Veränderung" on zeit.de is a headline
            boolean namesWholePart = partKey.contains(name) && name.length() * 2 >= partKey.length();
            // "BBC News" on bbc.co.uk: the site's name and one word of what it is
            boolean nameAndKind = words.length == 2 && firstWord.equals(name);
            if (partKey.equals(name) || namesWholePart || nameAndKind || name.contains(partKey)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWords(String a, String b) {
        return key(a).equals(key(b)) && !key(a).isEmpty();
    }

    /** Letters and digits only, lower case: "Lady 50plus" and "lady50plus.de" share "lady50plus". */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
