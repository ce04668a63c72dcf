package org.echotrace.text;

import java.util.Locale;

/** Whether a text names something: the name, case-insensitively, as whole words ("AP" is not in "cAPital"). */
public final class NamedInText {

    /** Shorter names (initials, "AP" aside) match too many unrelated words to count. */
    private static final int SHORTEST_NAME = 2;

    private NamedInText() {
    }

    /** @param lowerCaseText the text, already lower-cased with {@link Locale#ROOT} (callers test many names) */
    public static boolean names(String lowerCaseText, String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.length() < SHORTEST_NAME) {
            return false;
        }
        for (int at = lowerCaseText.indexOf(n); at >= 0; at = lowerCaseText.indexOf(n, at + 1)) {
            if (!wordCharAt(lowerCaseText, at - 1) && !wordCharAt(lowerCaseText, at + n.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordCharAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
