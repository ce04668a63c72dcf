package org.echotrace.ingest;

/**
 * Replaces UTF-16 surrogates that are not part of a pair (from {@code "\ud800"} in JSON or
 * {@code &#xD800;} in HTML) with U+FFFD. Such a string cannot be written as UTF-8, so one of them would
 * stop a whole run at the end, when the report is written. The replacement is one char for one char, so
 * every offset into the text stays the same.
 */
final class LoneSurrogates {
    static final char REPLACEMENT = '\uFFFD';

    private LoneSurrogates() {
    }

    static String replace(String text) {
        if (text == null) {
            return null;
        }
        int first = firstLone(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (Character.isHighSurrogate(chars[i]) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(chars[i])) {
                chars[i] = REPLACEMENT;
            }
        }
        return new String(chars);
    }

    private static int firstLone(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
