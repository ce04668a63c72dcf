package org.echotrace.app.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Claim;
import org.echotrace.domain.ClaimSource;
import org.echotrace.domain.Conflict;
import org.echotrace.domain.ConflictValue;
import org.echotrace.domain.Report;
import org.echotrace.domain.Statement;
import org.echotrace.domain.Story;
import org.echotrace.domain.StorySummary;

/**
 * The claims part of report.html: each story's summary in plain sentences, and each claim made by more
 * than one report (or with conflicts) with its statements side by side, what the reports disagree on, and
 * the chain from the reports back to the source. Claims one report alone makes are listed more briefly.
 * All text is escaped.
 */
final class ClaimsView {

    private ClaimsView() {
    }

    /** The story's summary sentences, or nothing when it has none. */
    static void appendSummary(StringBuilder html, Story story) {
        StorySummary summary = story.summary();
        if (summary == null) {
            return;
        }
        html.append("<div class=\"story-summary\" data-story=\"").append(Html.escape(story.id())).append("\"><b>")
                .append(Html.escape(story.id())).append("</b>");
        for (String sentence : summary.sentences()) {
            html.append("<p>").append(Html.escape(sentence)).append("</p>");
        }
        html.append("</div>");
    }

    static void appendClaims(StringBuilder html, Report report) {
        if (report.claims().isEmpty()) {
            return;
        }
        html.append("<section id=\"claims\"><h2>Claims</h2><p class=\"muted\">Statements of one story that ")
                .append("assert the same thing, copied or in other words; where their figures, dates, places or ")
                .append("actors differ; and who they rest on, followed back through the outlets that passed them on.</p>");
        List<Claim> single = report.claims().stream().filter(c -> c.documents().size() == 1 && c.conflicts().isEmpty()).toList();
        report.claims().stream().filter(c -> !single.contains(c)).forEach(c -> appendClaim(html, c, report));
        if (!single.isEmpty()) {
            html.append("<details><summary>").append(single.size()).append(" claims made by one report alone</summary><ul>");
            for (Claim c : single) {
                Statement s = c.statements().get(0);
                html.append("<li id=\"").append(Html.anchor("claim-", c.id())).append("\"><b>")
                        .append(Html.escape(s.document())).append("</b>: ").append(Html.escape(s.text()));
                if (c.unattributed()) {
                    html.append(" <span class=\"unattributed\">unsourced</span>");
                }
                html.append("</li>");
            }
            html.append("</ul></details>");
        }
        html.append("</section>");
    }

    private static void appendClaim(StringBuilder html, Claim claim, Report report) {
        html.append("<article class=\"card claim\" id=\"").append(Html.anchor("claim-", claim.id())).append("\"><h3>")
                .append(Html.escape(claim.id())).append(" <span class=\"muted\">(")
                .append(Html.escape(claim.story())).append(", ").append(claim.documents().size())
                .append(" reports)</span></h3><div class=\"statements\">");
        for (Map.Entry<String, List<Statement>> e : byDocument(claim).entrySet()) {
            html.append("<div class=\"statement\"><h4>").append(Html.escape(e.getKey()));
            if (e.getKey().equals(claim.firstDocument())) {
                html.append(" · earliest");
            }
            html.append("</h4>");
            e.getValue().forEach(s -> html.append("<p>").append(Html.escape(s.text())).append(cue(s, report)).append("</p>"));
            html.append("</div>");
        }
        html.append("</div>");
        appendChain(html, claim);
        appendConflicts(html, claim.conflicts());
        html.append("</article>");
    }

    private static Map<String, List<Statement>> byDocument(Claim claim) {
        Map<String, List<Statement>> grouped = new LinkedHashMap<>();
        claim.statements().forEach(s -> grouped.computeIfAbsent(s.document(), d -> new java.util.ArrayList<>()).add(s));
        return grouped;
    }

    private static String cue(Statement s, Report report) {
        if (s.attribution() == null) {
            return "";
        }
        Attribution a = report.attributions().get(s.attribution());
        return " <span class=\"muted\">[" + Html.escape(a.source() == null ? "" : a.source().text()) + " "
                + Html.escape(a.cue().text()) + "]</span>";
    }

    /** "source → through outlet → reports", or that nobody sources it and who repeats it bare. */
    private static void appendChain(StringBuilder html, Claim claim) {
        html.append("<div class=\"chain\">");
        if (claim.unattributed()) {
            html.append("<span class=\"unattributed\">No report gives a source for this claim.</span>");
        }
        for (ClaimSource source : claim.sources()) {
            html.append("<div><b>").append(Html.escape(source.text())).append("</b> (").append(source.kind().label())
                    .append(")");
            if (source.via() != null) {
                html.append("<span class=\"arrow\">→</span>through <b>").append(Html.escape(source.via())).append("</b>");
            }
            html.append("<span class=\"arrow\">→</span>").append(Html.escape(String.join(", ", source.documents())))
                    .append("</div>");
        }
        if (!claim.unattributed() && !claim.repeatedUnsourced().isEmpty()) {
            html.append("<div class=\"muted\">Repeated without a source by ")
                    .append(Html.escape(String.join(", ", claim.repeatedUnsourced()))).append("</div>");
        }
        html.append("</div>");
    }

    private static void appendConflicts(StringBuilder html, List<Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        html.append("<ul class=\"conflicts\">");
        for (Conflict c : conflicts) {
            html.append("<li class=\"conflict ").append(c.kind().label()).append("\"><b>").append(c.kind().label())
                    .append("</b>: ");
            List<String> values = c.values().stream().map(ClaimsView::value).toList();
            html.append(String.join("; ", values));
            if (!c.without().isEmpty()) {
                html.append(" — not given by ").append(Html.escape(String.join(", ", c.without())));
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    private static String value(ConflictValue v) {
        String range = v.low() == null && v.high() == null ? ""
                : String.format(Locale.ROOT, " [%s, %s]", bound(v.low()), bound(v.high()));
        return "<b>" + Html.escape(v.value()) + "</b>" + range + " in " + Html.escape(String.join(", ", v.documents()));
    }

    private static String bound(Double x) {
        return x == null ? "∞" : String.format(Locale.ROOT, "%,.0f", x);
    }
}
