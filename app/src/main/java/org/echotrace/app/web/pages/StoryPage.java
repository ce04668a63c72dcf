package org.echotrace.app.web.pages;

import java.util.IdentityHashMap;
import java.util.Map;
import org.echotrace.app.render.Html;
import org.echotrace.app.render.ReportSections;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.store.StoryReport;

/**
 * {@code /stories/{id}}: the report views for one story: its articles, the provenance graph, each reuse
 * pair side by side, and (when the articles were stored with NLP) the summary of what its claims rest on, the
 * claims, entities, attributions, timeline and labels: what analyze's report shows for the story.
 */
final class StoryPage {

    private StoryPage() {
    }

    static String render(StoryReport found) {
        Story story = found.story();
        Report report = found.report();
        StringBuilder html = new StringBuilder();
        html.append("<h1 class=\"story-title\">").append(Html.escape(story.title() == null ? story.id() : story.title()))
                .append("</h1><p class=\"summary\">Story ").append(Html.escape(story.id())).append(" · ")
                .append(story.documents().size()).append(story.documents().size() == 1 ? " article" : " articles")
                .append(" · ").append(report.reuse().size()).append(" reuse pairs</p>")
                .append(ReportSections.storySummary(story));
        html.append("<nav class=\"sections\"><a href=\"#articles\">Articles</a><a href=\"#graph\">Provenance graph</a>")
                .append("<a href=\"#reuse\">Reuse</a>");
        if (!report.claims().isEmpty()) {
            html.append("<a href=\"#claims\">Claims</a>");
        }
        if (!report.entities().isEmpty()) {
            html.append("<a href=\"#entities\">Entities</a><a href=\"#attributions\">Who said what</a>")
                    .append("<a href=\"#timeline\">Timeline</a><a href=\"#labels\">Labels</a>");
        }
        html.append("</nav>");
        appendArticles(html, report);
        Map<ReusePair, String> anchors = new IdentityHashMap<>();
        for (int i = 0; i < report.reuse().size(); i++) {
            anchors.put(report.reuse().get(i), "pair-" + (i + 1));
        }
        html.append("<section id=\"graph\"><h2>Provenance graph</h2><p class=\"muted\">Articles as circles; lines ")
                .append("join articles that share text, as thick as the words shared, with an arrow from the earlier ")
                .append("one where dates tell. Click a line for the passages side by side.</p>")
                .append(ReportSections.graph(report, anchors)).append("</section>");
        html.append(ReportSections.reuse(report, anchors, "No article of this story shares a passage with another."));
        html.append(ReportSections.claims(report));
        html.append(ReportSections.languageSections(report));
        return Layout.page(story.title() == null ? story.id() : story.title(), html.toString());
    }

    private static void appendArticles(StringBuilder html, Report report) {
        html.append("<section id=\"articles\"><h2>Articles</h2><table><thead><tr><th>Article</th><th>Title</th>")
                .append("<th>Outlet</th><th>Published</th></tr></thead><tbody>");
        for (Document doc : report.documents()) {
            // the id the report's tables link to (#doc-...), so their links land on this row
            html.append("<tr id=\"").append(Html.anchor("doc-", doc.id())).append("\"><td>")
                    .append(Links.a(Links.document(doc.id()), doc.id())).append("</td><td>")
                    .append(Html.escape(doc.title())).append("</td><td>").append(Html.escape(doc.outlet()))
                    .append("</td><td>").append(SearchPage.date(doc.published())).append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }
}
