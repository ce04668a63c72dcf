package org.echotrace.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a text names something: the name, case-insensitively, as whole words ("AP" is not in "cAPital"). */
public final class NamedInText {

    /** Shorter names (initials, "AP" aside) match too many unrelated words to count. */
    private static final int SHORTEST_NAME = 2;

    private NamedInText() {
    }

    /** @param lowerCaseText the text, already lower-cased with {@link Locale#ROOT} (callers test many names) */
    public static boolean names(String lowerCaseText, String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        return n.length() >= SHORTEST_NAME
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])")
                .matcher(lowerCaseText).find();
    }
}
