package org.echotrace.app.render;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.echotrace.domain.Outlet;
import org.echotrace.domain.OutletChain;
import org.echotrace.domain.OutletEdge;
import org.echotrace.domain.OutletGraph;
import org.echotrace.domain.OutletWords;

/**
 * The report's outlet section: the outlet graph (outlets on a circle, an arrow from the outlet text was
 * taken from, as thick as the words), a table of outlets, one of edges and one of copies of copies.
 * Outlet names come from articles: all escaped.
 */
public final class OutletsView {

    /** A page shows the outlets that take or give most; the tables and outlets.csv have them all. */
    private static final int MAX_DRAWN = 30;
    private static final int MAX_ROWS = 200;
    private static final int SIZE = 520;
    private static final int NODE_RADIUS = 12;

    private OutletsView() {
    }

    static void append(StringBuilder html, OutletGraph graph) {
        append(html, graph, id -> "#" + Html.anchor("doc-", id));
    }

    /** The section as a page of its own shows it, its documents linked by {@code documentLink}. */
    public static String section(OutletGraph graph, Function<String, String> documentLink) {
        StringBuilder html = new StringBuilder();
        append(html, graph, documentLink);
        return html.toString();
    }

    private static void append(StringBuilder html, OutletGraph graph, Function<String, String> documentLink) {
        html.append("<section id=\"outlets\"><h2>Outlets</h2>");
        if (graph.edges().isEmpty()) {
            html.append("<p class=\"muted\">No outlet shares text with another.</p></section>");
            return;
        }
        html.append("<p class=\"muted\">One level above the documents: an arrow from the outlet whose earlier ")
                .append("article the text was taken from, as thick as the words taken; a line without arrow where ")
                .append("dates do not tell which came first; dashed where no copy credits the source.</p>")
                .append("<div class=\"outlets-beside\">").append(svg(graph)).append("</div>");
        appendOutlets(html, graph.outlets());
        appendEdges(html, graph.edges());
        appendChains(html, graph.chains(), documentLink);
        html.append("</section>");
    }

    private static String svg(OutletGraph graph) {
        java.util.Set<String> onEdges = new java.util.HashSet<>();
        graph.edges().forEach(e -> {
            onEdges.add(e.from());
            onEdges.add(e.to());
        });
        List<Outlet> drawn = graph.outlets().stream().filter(o -> onEdges.contains(o.name())).limit(MAX_DRAWN).toList();
        Map<String, double[]> at = new HashMap<>();
        double centre = SIZE / 2.0;
        double radius = drawn.size() == 1 ? 0 : centre - 110;
        for (int i = 0; i < drawn.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / drawn.size();
            at.put(drawn.get(i).name(), new double[] {centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)});
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"graph outlet-graph\" role=\"img\" "
                + "aria-label=\"outlet graph\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "xmlns=\"http://www.w3.org/2000/svg\">", SIZE, SIZE, SIZE, SIZE));
        svg.append("<defs><marker id=\"outlet-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/>"
                + "</marker></defs>");
        for (OutletEdge e : graph.edges()) {
            double[] from = at.get(e.from());
            double[] to = at.get(e.to());
            if (from != null && to != null) {
                appendEdge(svg, e, from, to);
            }
        }
        for (Outlet o : drawn) {
            double[] p = at.get(o.name());
            svg.append(String.format(Locale.ROOT, "<g class=\"outlet-node\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" "
                    + "fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" class=\"node-label\">%s</text><title>%s</title></g>",
                    p[0], p[1], NODE_RADIUS, o.shareFromElsewhere() > 0.5 ? "#e67e22" : "#4c78a8", p[0],
                    p[1] + NODE_RADIUS + 14, Html.escape(ProvenanceSvg.shorten(o.name(), 24)), Html.escape(tip(o))));
        }
        return svg.append("</svg>").toString();
    }

    private static void appendEdge(StringBuilder svg, OutletEdge e, double[] from, double[] to) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        boolean uncredited = e.creditedShare() != null && e.creditedShare() == 0;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"edge-line%s\" "
                        + "stroke-width=\"%.1f\"%s><title>%s</title></line>",
                from[0] + ux * NODE_RADIUS, from[1] + uy * NODE_RADIUS, to[0] - ux * (NODE_RADIUS + 2),
                to[1] - uy * (NODE_RADIUS + 2), uncredited ? " uncredited" : "",
                1 + 2 * Math.log10(Math.max(1, e.words())), e.directed() ? " marker-end=\"url(#outlet-arrow)\"" : "",
                Html.escape(edgeText(e))));
    }

    private static void appendOutlets(StringBuilder html, List<Outlet> outlets) {
        html.append("<h3>Outlets</h3><table class=\"outlet-table\"><thead><tr><th>Outlet</th><th>Articles</th>")
                .append("<th>Words</th><th>From elsewhere</th><th>Taken from</th><th>Taken by others</th>")
                .append("<th>Credit given</th><th>Credit received</th></tr></thead><tbody>");
        for (Outlet o : outlets.stream().limit(MAX_ROWS).toList()) {
            html.append("<tr><td>").append(Html.escape(o.name()));
            if (o.inferred()) {
                html.append("<span class=\"inferred\" title=\"not named by its documents\">inferred</span>");
            }
            html.append("</td><td>").append(o.articles()).append("</td><td>").append(o.words()).append("</td><td>")
                    .append(o.wordsFromElsewhere()).append(String.format(Locale.ROOT, " (%.0f%%)", 100 * o.shareFromElsewhere()))
                    .append("</td><td>");
            for (OutletWords source : o.sources().stream().limit(5).toList()) {
                html.append(Html.escape(source.outlet())).append(" (").append(source.words()).append(") ");
            }
            html.append("</td><td>").append(o.wordsTakenByOthers()).append("</td><td>").append(share(o.creditGiven()))
                    .append("</td><td>").append(share(o.creditReceived())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        more(html, outlets.size(), "outlets");
    }

    private static void appendEdges(StringBuilder html, List<OutletEdge> edges) {
        html.append("<h3>Who took text from whom</h3><table class=\"outlet-edges\"><thead><tr><th>From</th><th></th>")
                .append("<th>To</th><th>Stories</th><th>Articles</th><th>Passages</th><th>Words</th><th>Credited</th>")
                .append("<th>Median delay</th><th>90% delay</th></tr></thead><tbody>");
        for (OutletEdge e : edges.stream().limit(MAX_ROWS).toList()) {
            html.append("<tr").append(e.creditedShare() != null && e.creditedShare() == 0 ? " class=\"uncredited\"" : "")
                    .append("><td>").append(Html.escape(e.from())).append("</td><td>")
                    .append(e.directed() ? "&rarr;" : "&mdash;").append("</td><td>").append(Html.escape(e.to()))
                    .append("</td><td>").append(e.stories()).append("</td><td>").append(e.articles()).append("</td><td>")
                    .append(e.passages()).append("</td><td>").append(e.words()).append("</td><td>")
                    .append(share(e.creditedShare())).append("</td><td>").append(hours(e.medianDelayHours()))
                    .append("</td><td>").append(hours(e.p90DelayHours())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        more(html, edges.size(), "edges");
    }

    private static void appendChains(StringBuilder html, List<OutletChain> chains, Function<String, String> link) {
        if (chains.isEmpty()) {
            return;
        }
        html.append("<h3>Copies of copies</h3><table class=\"outlet-chains\"><thead><tr><th>Origin</th>")
                .append("<th>Middle</th><th>Last</th><th>Words</th><th>Origin credited</th></tr></thead><tbody>");
        for (OutletChain c : chains.stream().limit(MAX_ROWS).toList()) {
            html.append("<tr><td>").append(document(c.origin(), c.originDocument(), link)).append("</td><td>")
                    .append(document(c.middle(), c.middleDocument(), link)).append("</td><td>")
                    .append(document(c.last(), c.lastDocument(), link)).append("</td><td>").append(c.words()).append("</td><td>")
                    .append(c.originHidden() == null ? "<span class=\"muted\">unknown</span>"
                            : c.originHidden() ? "<span class=\"badge uncredited\">origin hidden</span>" : "yes")
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        more(html, chains.size(), "chains");
    }

    private static String document(String outlet, String id, Function<String, String> link) {
        return Html.escape(outlet) + " <a href=\"" + Html.escape(link.apply(id)) + "\">" + Html.escape(id) + "</a>";
    }

    private static void more(StringBuilder html, int size, String what) {
        if (size > MAX_ROWS) {
            html.append("<p class=\"muted\">").append(size - MAX_ROWS).append(" more ").append(what)
                    .append(" in report.json and outlets.csv.</p>");
        }
    }

    private static String tip(Outlet o) {
        return String.format(Locale.ROOT, "%s: %d articles, %d words, %.0f%% from elsewhere, %d taken by others",
                o.name(), o.articles(), o.words(), 100 * o.shareFromElsewhere(), o.wordsTakenByOthers());
    }

    private static String edgeText(OutletEdge e) {
        return String.format(Locale.ROOT, "%s %s %s: %d words in %d articles, credited %s", e.from(),
                e.directed() ? "->" : "and", e.to(), e.words(), e.articles(),
                e.creditedShare() == null ? "unknown" : String.format(Locale.ROOT, "%.0f%%", 100 * e.creditedShare()));
    }

    private static String share(Double value) {
        return value == null ? "<span class=\"muted\">–</span>" : String.format(Locale.ROOT, "%.0f%%", 100 * value);
    }

    private static String hours(Double value) {
        return value == null ? "<span class=\"muted\">unknown</span>" : String.format(Locale.ROOT, "%.1f h", value);
    }
}
