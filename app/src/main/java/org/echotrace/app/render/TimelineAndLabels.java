package org.echotrace.app.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.echotrace.domain.Entity;
import org.echotrace.domain.OutletLabels;
import org.echotrace.domain.Report;
import org.echotrace.domain.TimelineEntry;

/** The report's timeline of dated events and its table of the labels each outlet applies. */
final class TimelineAndLabels {

    private TimelineAndLabels() {
    }

    static void appendTimeline(StringBuilder html, Report report) {
        if (report.entities().isEmpty() && report.timeline().isEmpty()) {
            return;
        }
        html.append("<section id=\"timeline\"><h2>Timeline</h2><p class=\"muted\">Dated events, relative dates ")
                .append("(\"last week\", \"Saturday\") resolved against each document's publication date; one row per ")
                .append("event however many documents tell it. Rows marked <em>not anchored</em> had no date to ")
                .append("resolve against and are not guessed.</p>");
        appendRepublished(html, report);
        html.append("<table class=\"timeline\"><thead><tr><th>Date</th><th>Event</th><th>As written</th>")
                .append("<th>Documents</th></tr></thead><tbody>");
        for (TimelineEntry entry : report.timeline()) {
            html.append("<tr").append(entry.anchored() ? "" : " class=\"unanchored\"").append("><td class=\"date\">")
                    .append(Html.escape(entry.date()));
            if (entry.modifier() != null) {
                html.append(" <span class=\"kind\">").append(Html.escape(entry.modifier())).append("</span>");
            }
            if (!entry.anchored()) {
                html.append("<br><span class=\"muted\">not anchored</span>");
            }
            html.append("</td><td>").append(Html.escape(entry.event() == null ? entry.sentence() : entry.event()))
                    .append("</td><td>").append(Html.escape(entry.text())).append("</td><td>");
            entry.documents().forEach(d -> html.append("<a href=\"#").append(Html.anchor("doc-", d)).append("\">")
                    .append(Html.escape(d)).append("</a> "));
            html.append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private static void appendRepublished(StringBuilder html, Report report) {
        report.referenceDates().stream().filter(d -> d.republished()).forEach(d -> html
                .append("<p class=\"flag\"><strong>").append(Html.escape(d.document()))
                .append("</strong> evidently republishes older material (").append(Html.escape(d.reason()))
                .append("): its relative dates are not resolved against its publication date.</p>"));
    }

    static void appendLabels(StringBuilder html, Report report) {
        if (report.entities().isEmpty() && report.outletLabels().isEmpty()) {
            return;
        }
        Map<String, Entity> entities = new HashMap<>();
        report.entities().forEach(e -> entities.put(e.id(), e));
        html.append("<section id=\"labels\"><h2>Labels by outlet</h2><p class=\"muted\">The evaluative words each ")
                .append("outlet applies to an entity: premodifiers (\"the notorious X\"), appositions, predicate ")
                .append("nominals and descriptions that stand for it.</p>");
        if (report.outletLabels().isEmpty()) {
            html.append("<p class=\"muted\">No label found.</p></section>");
            return;
        }
        Map<String, List<OutletLabels>> byEntity = report.outletLabels().stream()
                .collect(Collectors.groupingBy(OutletLabels::entity, java.util.LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<OutletLabels>> entry : byEntity.entrySet()) {
            Entity entity = entities.get(entry.getKey());
            html.append("<h3>").append(Html.escape(entity == null ? entry.getKey() : entity.name())).append("</h3>")
                    .append("<table><thead><tr><th>Outlet</th><th>Labels (times used)</th></tr></thead><tbody>");
            for (OutletLabels outlet : entry.getValue()) {
                html.append("<tr><td>").append(Html.escape(outlet.outlet())).append("</td><td>")
                        .append(Html.escape(outlet.labels().entrySet().stream()
                                .map(l -> l.getKey() + " (" + l.getValue() + ")").collect(Collectors.joining(", "))))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</section>");
    }
}
