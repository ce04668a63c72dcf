package org.echotrace.text;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.Span;

/**
 * The stretches of a text inside quotation marks: curly pairs ("“...”"), straight double quotes and doubled
 * apostrophes ("''") taken in pairs. A quotation never runs past the end of its paragraph, so one stray mark spoils one paragraph only.
 */
public final class Quotations {

    private Quotations() {
    }

    /** Quoted stretches in text order, the marks excluded. */
    public static List<Span> of(String text) {
        List<Span> quoted = new ArrayList<>();
        int open = -1;
        char closing = 0;
        for (int i = 0; i < text.length(); i++) {
            // two apostrophes stand for a double quote in some wire copy (''a bully,'' he said)
            char c = text.startsWith("''", i) ? '"' : text.charAt(i);
            int width = text.startsWith("''", i) ? 2 : 1;
            if (c == '\n') {
                open = -1;
            } else if (open >= 0 && c == closing) {
                quoted.add(new Span(open, i));
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"')) {
                open = i + width;
                closing = c == '“' ? '”' : '"';
            }
            i += width - 1;
        }
        return quoted;
    }

    /** Whether a span lies inside one of the quoted stretches. */
    public static boolean inside(List<Span> quoted, Span span) {
        return quoted.stream().anyMatch(q -> q.start() <= span.start() && span.end() <= q.end());
    }
}
