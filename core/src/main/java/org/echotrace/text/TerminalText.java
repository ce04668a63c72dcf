package org.echotrace.text;

/**
 * Text from articles made safe to print on a terminal. Ids, titles and file names come from untrusted
 * input, and an escape sequence in one ({@code ESC [2J}, {@code ESC ]0;title BEL}) would clear the screen or
 * set the window title when printed raw; a newline would forge an output line, a bidirectional override
 * would show it reversed. Each such character is printed as a visible {@code \}{@code uXXXX} instead.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with every control character and bidirectional control written as {@code \}{@code uXXXX}. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) // C0, DEL and C1 (CSI is U+009B)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
