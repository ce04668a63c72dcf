package org.echotrace.app.render;

import org.echotrace.domain.Report;
import org.echotrace.domain.TimelineEntry;

/** The report's timeline of dated events, and its labels by outlet (see {@link LabelTables}). */
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
        LabelTables.append(html, report);
    }
}
