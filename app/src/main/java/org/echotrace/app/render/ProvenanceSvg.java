package org.echotrace.app.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echotrace.domain.Direction;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;

/**
 * The provenance graph as inline SVG, laid out here rather than in the browser: the report then needs no
 * script at all, opens offline and prints. Each story is a box; its documents sit on a circle inside it;
 * reuse pairs are edges, as thick as the words they share, with an arrow from the earlier document where
 * dates tell. Nodes and edges link to the document and to the side-by-side view.
 */
final class ProvenanceSvg {

    private static final int NODE_RADIUS = 16;
    private static final int BOX_PADDING = 56;
    private static final int GAP = 24;
    private static final int MAX_WIDTH = 1100;
    private static final String[] STORY_COLOURS = {
        "#4c78a8", "#f58518", "#54a24b", "#b279a2", "#e45756", "#72b7b2", "#9d755d", "#bab0ac"
    };

    private record Point(double x, double y) {
    }

    private record Box(Story story, double x, double y, double size) {
    }

    private ProvenanceSvg() {
    }

    static String render(Report report, Map<ReusePair, String> pairAnchors) {
        Map<String, Point> positions = new HashMap<>();
        List<Box> boxes = layout(report.stories(), positions);
        double width = boxes.stream().mapToDouble(b -> b.x + b.size).max().orElse(200) + GAP;
        double height = boxes.stream().mapToDouble(b -> b.y + b.size).max().orElse(100) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"graph\" role=\"img\" aria-label=\"provenance graph\" "
                + "viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" xmlns=\"http://www.w3.org/2000/svg\">",
                width, height, width, height));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/>"
                + "</marker></defs>");
        for (int i = 0; i < boxes.size(); i++) {
            appendBox(svg, boxes.get(i), i);
        }
        for (ReusePair pair : report.reuse()) {
            appendEdge(svg, pair, positions, pairAnchors.get(pair));
        }
        Map<String, Document> byId = new HashMap<>();
        report.documents().forEach(d -> byId.put(d.id(), d));
        for (int i = 0; i < boxes.size(); i++) {
            for (String id : boxes.get(i).story.documents()) {
                appendNode(svg, byId.get(id), positions.get(id), STORY_COLOURS[i % STORY_COLOURS.length]);
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Boxes left to right, wrapping into rows; each box is sized for its documents' circle. */
    private static List<Box> layout(List<Story> stories, Map<String, Point> positions) {
        List<Box> boxes = new ArrayList<>();
        double x = GAP;
        double y = GAP;
        double rowHeight = 0;
        for (Story story : stories) {
            int k = story.documents().size();
            double radius = k == 1 ? 0 : Math.max(90, k * (NODE_RADIUS * 2 + 60) / (2 * Math.PI));
            double size = 2 * (radius + BOX_PADDING);
            if (x + size > MAX_WIDTH && x > GAP) {
                x = GAP;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            double cx = x + size / 2;
            double cy = y + size / 2 + 8;
            for (int i = 0; i < k; i++) {
                double angle = -Math.PI / 2 + 2 * Math.PI * i / k;
                positions.put(story.documents().get(i),
                        new Point(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)));
            }
            boxes.add(new Box(story, x, y, size));
            x += size + GAP;
            rowHeight = Math.max(rowHeight, size);
        }
        return boxes;
    }

    private static void appendBox(StringBuilder svg, Box box, int index) {
        String colour = STORY_COLOURS[index % STORY_COLOURS.length];
        svg.append(String.format(Locale.ROOT, "<g class=\"story\" data-story=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" "
                        + "width=\"%.1f\" height=\"%.1f\" rx=\"12\" fill=\"%s\" fill-opacity=\"0.08\" stroke=\"%s\"/>",
                Html.escape(box.story.id()), box.x, box.y, box.size, box.size, colour, colour));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"story-label\">%s</text>",
                box.x + 10, box.y + 18, Html.escape(box.story.id())));
        svg.append("<title>").append(Html.escape(box.story.id() + ": " + box.story.title())).append("</title></g>");
    }

    private static void appendEdge(StringBuilder svg, ReusePair pair, Map<String, Point> positions, String anchor) {
        boolean backwards = pair.direction() == Direction.B_TO_A;
        Point from = positions.get(backwards ? pair.b() : pair.a());
        Point to = positions.get(backwards ? pair.a() : pair.b());
        if (from == null || to == null) {
            return;
        }
        double dx = to.x - from.x;
        double dy = to.y - from.y;
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double width = 1 + 2 * Math.log10(Math.max(1, pair.sharedWords()));
        String marker = pair.direction() == Direction.UNKNOWN ? "" : " marker-end=\"url(#arrow)\"";
        svg.append("<a href=\"#").append(anchor).append("\" class=\"edge\" data-a=\"").append(Html.escape(pair.a()))
                .append("\" data-b=\"").append(Html.escape(pair.b())).append("\">");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "class=\"edge-line %s%s\" stroke-width=\"%.1f\"%s/>",
                from.x + ux * NODE_RADIUS, from.y + uy * NODE_RADIUS,
                to.x - ux * (NODE_RADIUS + 2), to.y - uy * (NODE_RADIUS + 2),
                pair.kind().label(), uncredited(pair) ? " uncredited" : "", width, marker));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"edge-label\">%d</text>",
                (from.x + to.x) / 2 + uy * 10, (from.y + to.y) / 2 - ux * 10, pair.sharedWords()));
        svg.append("<title>").append(Html.escape(String.format(Locale.ROOT, "%s and %s: %d shared words, %s, %s%s",
                pair.a(), pair.b(), pair.sharedWords(), pair.kind().label(), pair.directionReason(),
                uncredited(pair) ? "; copied without naming the source" : "")))
                .append("</title></a>");
    }

    /** Copied text whose later document names neither the earlier one's outlet nor its sources. */
    static boolean uncredited(ReusePair pair) {
        return Boolean.FALSE.equals(pair.credited());
    }

    private static void appendNode(StringBuilder svg, Document doc, Point p, String colour) {
        if (doc == null || p == null) {
            return;
        }
        svg.append("<a href=\"#").append(Html.anchor("doc-", doc.id())).append("\" class=\"node\" data-id=\"")
                .append(Html.escape(doc.id())).append("\">");
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"/>",
                p.x, p.y, NODE_RADIUS, colour));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"node-label\">%s</text>",
                p.x, p.y + NODE_RADIUS + 14, Html.escape(shorten(doc.id(), 18))));
        StringBuilder tip = new StringBuilder(doc.id());
        if (doc.title() != null) {
            tip.append(": ").append(doc.title());
        }
        if (doc.outlet() != null) {
            tip.append("\n").append(doc.outlet());
        }
        if (doc.published() != null) {
            tip.append("\n").append(doc.published());
        }
        svg.append("<title>").append(Html.escape(tip.toString())).append("</title></a>");
    }

    /** At most {@code max} characters, an ellipsis marking the cut. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
