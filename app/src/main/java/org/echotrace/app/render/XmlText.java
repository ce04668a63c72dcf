package org.echotrace.app.render;

/** Removes characters that XML 1.0 forbids (control characters), which an article may contain. */
final class XmlText {

    private XmlText() {
    }

    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null && allowed) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
