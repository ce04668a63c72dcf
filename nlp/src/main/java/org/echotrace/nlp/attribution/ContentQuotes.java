package org.echotrace.nlp.attribution;

import java.util.List;
import org.echotrace.domain.TextSpan;

/**
 * Fits a content span to the quotations it touches: a quotation is quoted whole, marks and final stop
 * included ("“We will stay.”"), because the dependency tree hangs the marks and the stop on the cue, not on
 * the quoted clause, and the sentence splitter cuts a quotation of several sentences into pieces (a content
 * that ends where the quotation ends stands for all of it).
 */
final class ContentQuotes {

    /** A content covering at least this share of the quotation around it stands for all of it. */
    private static final double MOST_OF_A_QUOTE = 0.5;

    private ContentQuotes() {
    }

    static TextSpan fit(String text, TextSpan content, List<TextSpan> quotes) {
        int start = content.start();
        int end = content.end();
        for (TextSpan q : quotes) {
            boolean opensInside = q.start() >= start && q.start() < end && q.end() > end;
            boolean closesInside = q.start() < start && q.end() > start && q.end() <= end;
            boolean within = q.start() <= start && end <= q.end();
            if (opensInside) {
                end = q.end();
            } else if (closesInside) {
                start = q.start();
            } else if (within && ((end - start) >= MOST_OF_A_QUOTE * q.text().length() || q.end() - end <= 3)) {
                start = q.start();
                end = q.end();
            }
        }
        return start == content.start() && end == content.end() ? content : TextSpan.of(text, start, end);
    }
}
