package org.echotrace.app.render;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.echotrace.domain.EntityLabels;
import org.echotrace.domain.OutletLabels;
import org.echotrace.domain.Report;

/**
 * The report's "Labels by outlet": per story and entity, the sentence that says where outlets differ and the
 * table of outlets by descriptors (evaluative ones and contrasts; neutral ones folded away), with the voice.
 */
final class LabelTables {

    private LabelTables() {
    }

    static void append(StringBuilder html, Report report) {
        if (report.entities().isEmpty() && report.outletLabels().isEmpty()) {
            return;
        }
        Map<String, String> entityNames = new HashMap<>();
        report.entities().forEach(e -> entityNames.put(e.id(), e.name()));
        Map<String, String> storyTitles = new HashMap<>();
        report.stories().forEach(s -> storyTitles.put(s.id(), s.title() == null ? s.id() : s.title()));
        html.append("<section id=\"labels\"><h2>Labels by outlet</h2><p class=\"muted\">The words each outlet uses ")
                .append("for an entity: modifiers (\"the terrorist X group\"), nouns said of it (\"X terrorists\", ")
                .append("\"X, the ringleader of ...\", \"X is a cult\"), characterising relative clauses, and ")
                .append("descriptions standing for it. <em>Evaluative</em>: the word is in a general lexicon (PTC ")
                .append("vocabulary, MPQA strongly subjective clues) or derives from one of its words. ")
                .append("<em>Contrast</em>: one outlet alone uses it for this entity in this story. <em>Quoted</em>: ")
                .append("inside a quotation, with whose where known.</p>");
        if (report.outletLabels().isEmpty()) {
            html.append("<p class=\"muted\">No label found.</p></section>");
            return;
        }
        Map<String, List<EntityLabels>> byStory = report.outletLabels().stream().collect(
                Collectors.groupingBy(t -> t.story() == null ? "" : t.story(), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<EntityLabels>> story : byStory.entrySet()) {
            if (byStory.size() > 1 || !story.getKey().isEmpty()) {
                html.append("<h3>Story ").append(Html.escape(story.getKey())).append(": ")
                        .append(Html.escape(storyTitles.getOrDefault(story.getKey(), ""))).append("</h3>");
            }
            story.getValue().stream().sorted(java.util.Comparator.comparing(t -> t.contrast() == null))
                    .forEach(table -> appendEntity(html, table, entityNames.getOrDefault(table.entity(), table.entity())));
        }
        html.append("</section>");
    }

    private static void appendEntity(StringBuilder html, EntityLabels table, String name) {
        List<OutletLabels> shown = table.rows().stream().filter(LabelTables::shown).toList();
        List<OutletLabels> neutral = table.rows().stream().filter(r -> !shown(r)).toList();
        html.append("<div class=\"entity-labels\"><h4>").append(Html.escape(name)).append(" <span class=\"muted\">")
                .append(table.outlets()).append(table.outlets() == 1 ? " outlet" : " outlets").append("</span></h4>");
        if (table.contrast() != null) {
            html.append("<p class=\"contrast\"><strong>").append(Html.escape(name)).append("</strong> ")
                    .append(Html.escape(table.contrast())).append("</p>");
        }
        if (!shown.isEmpty()) {
            appendRows(html, shown);
        }
        if (!neutral.isEmpty()) {
            html.append("<details><summary>").append(neutral.size()).append(" neutral descriptor")
                    .append(neutral.size() == 1 ? "" : "s").append("</summary>");
            appendRows(html, neutral);
            html.append("</details>");
        }
        html.append("</div>");
    }

    private static void appendRows(StringBuilder html, List<OutletLabels> rows) {
        html.append("<table class=\"labels\"><thead><tr><th>Outlet</th><th>Descriptor</th><th>Why</th>")
                .append("<th>Own voice</th><th>Quoted</th><th>As written (times)</th></tr></thead><tbody>");
        for (OutletLabels row : rows) {
            html.append("<tr><td>").append(Html.escape(row.outlet())).append("</td><td><strong>")
                    .append(Html.escape(row.term())).append("</strong></td><td>").append(Html.escape(why(row)))
                    .append("</td><td>").append(row.own()).append("</td><td>").append(row.quoted());
            if (!row.quotedFrom().isEmpty()) {
                html.append(" <span class=\"muted\">(").append(Html.escape(String.join("; ", row.quotedFrom())))
                        .append(")</span>");
            }
            html.append("</td><td>").append(Html.escape(row.forms().entrySet().stream()
                    .map(f -> f.getKey() + " (" + f.getValue() + ")").collect(Collectors.joining(", "))))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static boolean shown(OutletLabels row) {
        return row.evidence() != null || row.contrast();
    }

    private static String why(OutletLabels row) {
        String evaluative = row.evidence() == null ? "" : "evaluative (" + row.evidence()
                + (row.family().equals(row.term()) ? "" : ": " + row.family()) + ")";
        String contrast = row.contrast() ? "contrast" : "";
        return evaluative.isEmpty() || contrast.isEmpty() ? evaluative + contrast : evaluative + ", " + contrast;
    }
}
