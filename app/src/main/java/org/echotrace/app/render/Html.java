package org.echotrace.app.render;

/**
 * Escaping for text that comes from articles. Everything an article supplies goes through
 * {@link #escape} before it reaches a page, in element content and attribute values alike.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        // most titles, ids and words need nothing escaped: those are returned as they are, no copy made
        int first = 0;
        while (first < s.length() && !needsEscape(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        sb.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Whether {@link #escape} changes the character: markup, quotes and control characters. */
    private static boolean needsEscape(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c < 0x20 && c != '\n' && c != '\t' && c != '\r';
    }

    /** An id usable in {@code id=} and {@code href="#..."}: document ids may contain anything. */
    public static String anchor(String prefix, String id) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            sb.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
        }
        sb.append('-').append(Integer.toHexString(id.hashCode()));
        return sb.toString();
    }
}
