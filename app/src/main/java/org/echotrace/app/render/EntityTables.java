package org.echotrace.app.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Entity;
import org.echotrace.domain.Mention;
import org.echotrace.domain.Report;

/** The report's tables of entities (with aliases and mention counts) and of attributions. */
final class EntityTables {

    /** Content longer than this is cut in the table; the full text is in the document view. */
    private static final int CONTENT_PREVIEW = 240;

    private EntityTables() {
    }

    static void appendEntities(StringBuilder html, Report report) {
        if (report.entities().isEmpty()) {
            return;
        }
        html.append("<section id=\"entities\"><h2>Entities</h2><p class=\"muted\">People, organisations and places, ")
                .append("each spelling and acronym merged into one entity; mentions include descriptions such as ")
                .append("\"the group\" that stand for it.</p><table><thead><tr><th>Entity</th><th>Type</th>")
                .append("<th>Aliases</th><th>Mentions</th><th>By document</th></tr></thead><tbody>");
        for (Entity entity : report.entities()) {
            html.append("<tr id=\"").append(Html.anchor("entity-", entity.id())).append("\"><td>")
                    .append(Html.escape(entity.name())).append("</td><td>").append(entity.type().label())
                    .append("</td><td class=\"aliases\">").append(Html.escape(String.join(" · ", entity.aliases())))
                    .append("</td><td>").append(entity.mentions().size()).append("</td><td>");
            mentionsByDocument(entity).forEach((document, count) -> html.append("<a href=\"#")
                    .append(Html.anchor("doc-", document)).append("\">").append(Html.escape(document)).append("</a> ")
                    .append(count).append("<br>"));
            html.append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    static void appendAttributions(StringBuilder html, Report report) {
        if (report.entities().isEmpty() && report.attributions().isEmpty()) {
            return;
        }
        List<Attribution> speech = report.attributions().stream().filter(Attribution::isSpeech).toList();
        List<Attribution> attitudes = report.attributions().stream().filter(a -> !a.isSpeech()).toList();
        html.append("<section id=\"attributions\"><h2>Who said what</h2><p class=\"muted\">Who is said to have ")
                .append("said, written or reported what, and through which outlet.</p>");
        appendAttributionTable(html, speech, "No attribution found.");
        html.append("<h3 id=\"attitudes\">Who believes, wants or decides what</h3><p class=\"muted\">What the reports ")
                .append("say their actors think, hope, plan or decide: a report's account of a mind, not a statement ")
                .append("anyone can be quoted on.</p>");
        appendAttributionTable(html, attitudes, "None found.");
        html.append("</section>");
    }

    private static void appendAttributionTable(StringBuilder html, List<Attribution> attributions, String none) {
        if (attributions.isEmpty()) {
            html.append("<p class=\"muted\">").append(none).append("</p>");
            return;
        }
        html.append("<table><thead><tr><th>Document</th><th>Source</th><th>Kind</th><th>Via</th><th>Cue</th>")
                .append("<th>Content</th></tr></thead><tbody>");
        for (Attribution a : attributions) {
            String kind = a.source() == null ? "none" : a.source().kind().label();
            html.append("<tr><td><a href=\"#").append(Html.anchor("doc-", a.document())).append("\">")
                    .append(Html.escape(a.document())).append("</a></td><td>")
                    .append(a.source() == null ? "<span class=\"muted\">none</span>" : sourceCell(a))
                    .append("</td><td><span class=\"kind kind-").append(kind).append("\">").append(kind)
                    .append("</span></td><td>").append(a.via() == null ? "" : Html.escape(a.via()))
                    .append("</td><td>").append(Html.escape(a.cue().text())).append("</td><td>")
                    .append(quoted(a)).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** The source as written, and for a pronoun the name it was resolved to ("he → Kazem Gharibabadi"). */
    private static String sourceCell(Attribution a) {
        String written = Html.escape(a.source().text());
        return a.source().refersTo() == null ? written
                : written + " <span class=\"muted\">→ " + Html.escape(a.source().refersTo().text()) + "</span>";
    }

    /** A quotation in quotation marks, unless its text already opens with one. */
    private static String quoted(Attribution a) {
        String text = Html.escape(preview(a.content().text()));
        boolean marked = !a.content().text().isEmpty() && "“\"'‘«".indexOf(a.content().text().charAt(0)) >= 0;
        return a.direct() && !marked ? "“" + text + "”" : text;
    }

    private static Map<String, Long> mentionsByDocument(Entity entity) {
        return entity.mentions().stream().collect(Collectors.groupingBy(Mention::document, LinkedHashMap::new,
                Collectors.counting()));
    }

    private static String preview(String text) {
        return text.length() <= CONTENT_PREVIEW ? text : text.substring(0, CONTENT_PREVIEW) + "…";
    }
}
