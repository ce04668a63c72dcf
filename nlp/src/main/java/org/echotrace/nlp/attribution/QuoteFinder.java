package org.echotrace.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.TextSpan;

/**
 * Quotations in a text: “curly”, "straight" and ''doubled'' quotation marks, paired within a paragraph (an
 * unclosed mark would otherwise swallow the article). A quotation that opens a paragraph or opens with a curly
 * mark and is not closed in it runs to the paragraph's end, as news style continues a quotation over several
 * paragraphs (the next one reopens it, or the writer forgot to). Each span includes its marks.
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    public static List<TextSpan> find(String text) {
        List<TextSpan> quotes = new ArrayList<>();
        int open = -1;
        int paragraph = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                addRunningOn(text, quotes, open, paragraph, i);
                open = -1;
                paragraph = i + 1;
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
        addRunningOn(text, quotes, open, paragraph, text.length());
        return List.copyOf(quotes);
    }

    /** An unclosed quotation that opens its paragraph or opens with a curly mark runs to the paragraph's end. */
    private static void addRunningOn(String text, List<TextSpan> quotes, int open, int paragraph, int end) {
        if (open < 0) {
            return;
        }
        boolean opensParagraph = text.substring(paragraph, open).isBlank();
        int last = end;
        while (last > open + 1 && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if ((opensParagraph || text.charAt(open) == '“') && last > open + 1) {
            quotes.add(TextSpan.of(text, open, last));
        }
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
