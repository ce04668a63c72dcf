package org.echotrace.app.render;

import java.util.List;
import java.util.Locale;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;
import org.echotrace.reuse.WordDiff;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * One reuse pair as HTML: its figures, then each shared passage with a's words on the left and b's on
 * the right. Words that are the same on both sides are highlighted; words changed, dropped or inserted
 * are marked (the word diff is the detector's own alignment, so what is shown is what was measured).
 */
final class SideBySide {

    private SideBySide() {
    }

    static String render(ReusePair pair, Document a, Document b, String anchor) {
        StringBuilder html = new StringBuilder();
        html.append("<article class=\"card pair\" id=\"").append(anchor).append("\" data-a=\"")
                .append(Html.escape(pair.a())).append("\" data-b=\"").append(Html.escape(pair.b())).append("\">")
                .append("<h3>").append(Html.escape(pair.a())).append(" ↔ ").append(Html.escape(pair.b()))
                .append("</h3><div class=\"pair-meta\"><span class=\"badge ").append(pair.kind().label()).append("\">")
                .append(pair.kind().label()).append("</span>")
                .append(ProvenanceSvg.uncredited(pair) ? "<span class=\"badge uncredited\">no credit to its source</span>" : "")
                .append(String.format(Locale.ROOT, "%d shared words in %d passage%s · %.0f%% of %s, %.0f%% of %s · ",
                        pair.sharedWords(), pair.passages().size(), pair.passages().size() == 1 ? "" : "s",
                        100 * pair.coverageA(), Html.escape(pair.a()), 100 * pair.coverageB(), Html.escape(pair.b())))
                .append("direction: <b>").append(Html.escape(direction(pair))).append("</b> (")
                .append(Html.escape(pair.directionReason())).append(")</div>");
        List<Passage> passages = pair.passages();
        for (int i = 0; i < passages.size(); i++) {
            appendPassage(html, i + 1, passages.get(i), pair, a.text(), b.text());
        }
        html.append("</article>");
        return html.toString();
    }

    /** One passage; only its own words are cut (cutting both whole documents for each pair was most of it). */
    private static void appendPassage(StringBuilder html, int number, Passage p, ReusePair pair,
                                      String textA, String textB) {
        TokenizedText wordsA = WordTokenizer.tokenize(textA, p.a().start(), p.a().end());
        TokenizedText wordsB = WordTokenizer.tokenize(textB, p.b().start(), p.b().end());
        List<WordDiff.Op> ops = WordDiff.diff(wordsA, wordsA.wordAt(p.a().start()), wordsA.wordAt(p.a().end()),
                wordsB, wordsB.wordAt(p.b().start()), wordsB.wordAt(p.b().end()));
        html.append(String.format(Locale.ROOT,
                "<div class=\"passage-no\">Passage %d · %d words · identity %.2f</div>", number, p.words(), p.identity()));
        html.append("<div class=\"side-by-side\">");
        appendSide(html, "a", pair.a(), p.a(), wordsA.text(), ops, true);
        appendSide(html, "b", pair.b(), p.b(), wordsB.text(), ops, false);
        html.append("</div>");
    }

    private static void appendSide(StringBuilder html, String side, String id, Span passage, String text,
                                   List<WordDiff.Op> ops, boolean sideA) {
        html.append("<div class=\"col ").append(side).append("\"><h4>").append(Html.escape(id))
                .append(String.format(Locale.ROOT, " [%d, %d)", passage.start(), passage.end())).append("</h4>");
        int cursor = passage.start();
        for (WordDiff.Op op : ops) {
            Span span = sideA ? op.a() : op.b();
            if (span.length() == 0 || span.end() <= passage.start() || span.start() >= passage.end()) {
                continue;
            }
            int start = Math.max(span.start(), Math.max(passage.start(), cursor));
            int end = Math.min(span.end(), passage.end());
            if (start >= end) {
                continue;
            }
            if (start > cursor) {
                html.append(Html.escape(text.substring(cursor, start)));
            }
            html.append("<span class=\"").append(cssClass(op.kind())).append("\">")
                    .append(Html.escape(text.substring(start, end))).append("</span>");
            cursor = end;
        }
        if (cursor < passage.end()) {
            html.append(Html.escape(text.substring(cursor, passage.end())));
        }
        html.append("</div>");
    }

    private static String cssClass(WordDiff.Kind kind) {
        return switch (kind) {
            case SAME -> "diff-same";
            case CHANGED -> "diff-changed";
            case ONLY_A, ONLY_B -> "diff-only";
        };
    }

    private static String direction(ReusePair pair) {
        return switch (pair.direction()) {
            case A_TO_B -> pair.a() + " → " + pair.b();
            case B_TO_A -> pair.b() + " → " + pair.a();
            case UNKNOWN -> "unknown";
        };
    }
}
