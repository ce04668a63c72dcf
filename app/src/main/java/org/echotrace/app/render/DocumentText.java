package org.echotrace.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;

/**
 * A document's cleaned text as HTML, every stretch it shares with another document marked and titled
 * with the documents it shares it with. Overlapping passages of several pairs are split at every
 * boundary so that each mark names all of its partners.
 */
final class DocumentText {

    private record Share(Span span, String partner) {
    }

    private DocumentText() {
    }

    static String render(Document doc, List<ReusePair> reuse) {
        List<Share> shares = sharesOf(doc.id(), reuse);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, doc.text().length()));
        shares.forEach(s -> {
            cuts.add(s.span.start());
            cuts.add(s.span.end());
        });
        StringBuilder html = new StringBuilder();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                appendSegment(html, doc.text(), new Span(previous, cut), shares);
            }
            previous = cut;
        }
        return html.toString();
    }

    private static void appendSegment(StringBuilder html, String text, Span segment, List<Share> shares) {
        Set<String> partners = new TreeSet<>();
        for (Share s : shares) {
            if (s.span.contains(segment)) {
                partners.add(s.partner);
            }
        }
        String escaped = Html.escape(segment.of(text));
        if (partners.isEmpty()) {
            html.append(escaped);
        } else {
            html.append("<mark class=\"shared\" title=\"shared with ").append(Html.escape(String.join(", ", partners)))
                    .append("\">").append(escaped).append("</mark>");
        }
    }

    private static List<Share> sharesOf(String id, List<ReusePair> reuse) {
        List<Share> shares = new ArrayList<>();
        for (ReusePair pair : reuse) {
            boolean isA = pair.a().equals(id);
            if (!isA && !pair.b().equals(id)) {
                continue;
            }
            for (Passage p : pair.passages()) {
                shares.add(new Share(isA ? p.a() : p.b(), isA ? pair.b() : pair.a()));
            }
        }
        return shares;
    }
}
