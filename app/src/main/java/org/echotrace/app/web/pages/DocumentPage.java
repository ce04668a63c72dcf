package org.echotrace.app.web.pages;

import java.util.List;
import java.util.Optional;
import org.echotrace.app.render.Html;
import org.echotrace.app.render.ReportSections;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.store.StoredArticle;
import org.echotrace.text.WordTokenizer;

/**
 * {@code /documents/{id}}: one stored article, its metadata and its text with the passages it shares,
 * its attributions (source, cue, content) and its labels marked.
 */
final class DocumentPage {

    private static final String SHARED_LEGEND = "<mark class=\"shared\">shared with another article</mark>";
    private static final String LANGUAGE_LEGEND = "<mark class=\"source\">source</mark><mark class=\"cue\">cue</mark>"
            + "<mark class=\"content\">what was said</mark><mark class=\"label\">label</mark>";

    private DocumentPage() {
    }

    static String render(StoredArticle article, Optional<Story> story, List<ReusePair> reuse) {
        Document doc = article.document();
        StringBuilder html = new StringBuilder();
        html.append("<h1 class=\"doc-title\">").append(Html.escape(doc.title() == null ? doc.id() : doc.title()))
                .append("</h1><table class=\"meta\"><tbody>");
        row(html, "Id", Html.escape(doc.id()));
        row(html, "Outlet", Html.escape(doc.outlet()));
        row(html, "Published", SearchPage.date(doc.published()));
        row(html, "URL", Links.external(doc.url()));
        row(html, "Story", story.map(s -> Links.a(Links.story(s.id()), s.id() + ": " + s.title())).orElse(""));
        row(html, "Words", String.valueOf(WordTokenizer.count(doc.text())));
        row(html, "Language layer", article.language() == null ? "not run (stored without NLP)" : "entities, attributions and labels marked");
        doc.metadata().forEach((key, value) -> row(html, Html.escape(key), Html.escape(value)));
        html.append("</tbody></table>");
        appendReuse(html, doc.id(), reuse);
        html.append("<section id=\"text\"><h2>Text</h2>").append("<p class=\"legend text-legend\">")
                .append(SHARED_LEGEND).append(article.language() == null ? "" : LANGUAGE_LEGEND)
                .append(" <span class=\"muted\">(hover a mark for details)</span></p>").append("<div class=\"doc-text card\">")
                .append(ReportSections.documentText(doc, reuse, article.language())).append("</div></section>");
        html.append(ReportSections.removed(doc.removed()));
        return Layout.page(doc.title() == null ? doc.id() : doc.title(), html.toString());
    }

    private static void appendReuse(StringBuilder html, String id, List<ReusePair> reuse) {
        html.append("<section id=\"reuse\"><h2>Shares passages with</h2>");
        if (reuse.isEmpty()) {
            html.append("<p class=\"muted\">No stored article.</p></section>");
            return;
        }
        html.append("<ul class=\"reuse-list\">");
        for (ReusePair pair : reuse) {
            String other = pair.a().equals(id) ? pair.b() : pair.a();
            html.append("<li>").append(Links.a(Links.document(other), other)).append(" <span class=\"badge ")
                    .append(pair.kind().label()).append("\">").append(pair.kind().label()).append("</span> ")
                    .append(pair.sharedWords()).append(" shared words in ").append(pair.passages().size())
                    .append(pair.passages().size() == 1 ? " passage" : " passages").append("</li>");
        }
        html.append("</ul></section>");
    }

    /** @param value HTML, already escaped */
    private static void row(StringBuilder html, String label, String value) {
        if (value != null && !value.isEmpty()) {
            html.append("<tr><th>").append(label).append("</th><td>").append(value).append("</td></tr>");
        }
    }
}
