package org.echotrace.nlp;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.TextSpan;

/**
 * Quotations in a text: “curly”, "straight" and ''doubled'' quotation marks, paired within a paragraph (a
 * quotation never runs over a line break here, since an unclosed mark would otherwise swallow the article).
 * Each span includes its marks.
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    public static List<TextSpan> find(String text) {
        List<TextSpan> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '“' || (c == '"' || doubled(text, i)) && open < 0) {
                open = i;
                i += doubled(text, i) ? 1 : 0;
            } else if ((c == '”' || c == '"' || doubled(text, i)) && open >= 0) {
                int end = i + (doubled(text, i) ? 2 : 1);
                quotes.add(TextSpan.of(text, open, end));
                open = -1;
                i = end - 1;
            }
        }
        return List.copyOf(quotes);
    }

    private static boolean doubled(String text, int i) {
        return text.startsWith("''", i) || text.startsWith("``", i);
    }

    /** The quotation that holds a span, if any. */
    public static TextSpan enclosing(List<TextSpan> quotes, TextSpan span) {
        for (TextSpan q : quotes) {
            if (q.start() <= span.start() && span.end() <= q.end()) {
                return q;
            }
        }
        return null;
    }
}
