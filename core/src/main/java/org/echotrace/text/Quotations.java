package org.echotrace.text;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.Span;

/**
 * The stretches of a text inside quotation marks: curly pairs ("“...”") and straight double quotes taken in
 * pairs. A quotation never runs past the end of its paragraph, so one stray mark spoils one paragraph only.
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
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (open >= 0 && c == closing) {
                quoted.add(new Span(open + 1, i));
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"')) {
                open = i;
                closing = c == '“' ? '”' : '"';
            }
        }
        return quoted;
    }

    /** Whether a span lies inside one of the quoted stretches. */
    public static boolean inside(List<Span> quoted, Span span) {
        return quoted.stream().anyMatch(q -> q.start() <= span.start() && span.end() <= q.end());
    }
}
