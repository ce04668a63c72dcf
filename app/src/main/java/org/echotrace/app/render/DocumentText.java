package org.echotrace.app.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;
import org.echotrace.domain.TextSpan;

/**
 * A document's cleaned text as HTML with every layer the report knows marked on it: passages shared
 * with other documents, and the source, cue and content of each attribution. Overlapping marks are
 * split at every boundary, so each piece of text is one element carrying the classes and titles of all
 * the marks that cover it.
 */
final class DocumentText {

    /** One marked stretch: its CSS class (shared, source, cue, content) and a tooltip. */
    record Mark(Span span, String kind, String title) {
    }

    private DocumentText() {
    }

    static String render(Document doc, ByDocument marks) {
        return render(doc, marks.marksOf(doc.id()));
    }

    static String render(Document doc, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, doc.text().length()));
        marks.forEach(m -> {
            cuts.add(m.span().start());
            cuts.add(m.span().end());
        });
        StringBuilder html = new StringBuilder();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                appendSegment(html, doc.text(), new Span(previous, cut), marks);
            }
            previous = cut;
        }
        return html.toString();
    }

    private static void appendSegment(StringBuilder html, String text, Span segment, List<Mark> marks) {
        Set<String> kinds = new TreeSet<>();
        Set<String> titles = new LinkedHashSet<>();
        for (Mark m : marks) {
            if (m.span().contains(segment)) {
                kinds.add(m.kind());
                titles.add(m.title());
            }
        }
        String escaped = Html.escape(segment.of(text));
        if (kinds.isEmpty()) {
            html.append(escaped);
        } else {
            html.append("<mark class=\"").append(String.join(" ", kinds)).append("\" title=\"")
                    .append(Html.escape(String.join("\n", titles))).append("\">").append(escaped).append("</mark>");
        }
    }

    static List<Mark> marksOf(String id, Report report) {
        return ByDocument.of(report).marksOf(id);
    }

    /**
     * A report's reuse pairs and attributions by document, so that marking every document reads each pair
     * once (at 100k documents, scanning all pairs for each document was most of writing report.html).
     */
    static final class ByDocument {
        private final Map<String, List<ReusePair>> pairs = new HashMap<>();
        private final Map<String, List<Attribution>> attributions = new HashMap<>();

        private ByDocument(Report report) {
            for (ReusePair pair : report.reuse()) {
                pairs.computeIfAbsent(pair.a(), k -> new ArrayList<>()).add(pair);
                if (!pair.b().equals(pair.a())) {
                    pairs.computeIfAbsent(pair.b(), k -> new ArrayList<>()).add(pair);
                }
            }
            report.attributions().forEach(a -> attributions.computeIfAbsent(a.document(), k -> new ArrayList<>()).add(a));
        }

        static ByDocument of(Report report) {
            return new ByDocument(report);
        }

        List<Mark> marksOf(String id) {
            List<Mark> marks = new ArrayList<>();
            for (ReusePair pair : pairs.getOrDefault(id, List.of())) {
                boolean isA = pair.a().equals(id);
                String title = "shared with " + (isA ? pair.b() : pair.a());
                for (Passage p : pair.passages()) {
                    marks.add(new Mark(isA ? p.a() : p.b(), "shared", title));
                }
            }
            attributions.getOrDefault(id, List.of()).forEach(attribution -> addAttribution(marks, attribution));
            return marks;
        }
    }

    private static void addAttribution(List<Mark> marks, Attribution attribution) {
        String who = attribution.source() == null ? "no source given"
                : attribution.source().text() + " (" + attribution.source().kind().label() + ")";
        String via = attribution.via() == null ? "" : ", via " + attribution.via();
        if (attribution.source() != null) {
            marks.add(mark(attribution.source().start(), attribution.source().end(), "source", "source: " + who + via));
        }
        marks.add(mark(attribution.cue(), "cue", "cue: " + attribution.cue().text()));
        marks.add(mark(attribution.content(), "content",
                (attribution.direct() ? "quoted" : "reported") + " content, said by " + who + via));
    }

    private static Mark mark(TextSpan span, String kind, String title) {
        return mark(span.start(), span.end(), kind, title);
    }

    private static Mark mark(int start, int end, String kind, String title) {
        return new Mark(new Span(start, end), kind, title);
    }
}
