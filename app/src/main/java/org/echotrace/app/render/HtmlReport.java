package org.echotrace.app.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.domain.Removal;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.domain.StoryEvent;
import org.echotrace.text.WordTokenizer;

/**
 * {@code report.html}: one self-contained page (styles inline, no script, no request to anywhere) with
 * the stories, the provenance graph, the documents and each reuse pair side by side. Article text and
 * metadata are untrusted: all of it is escaped, and a Content-Security-Policy forbids any script.
 */
public final class HtmlReport {

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final String CSS = loadCss();
    private static final String TEXT_LEGEND = "<p class=\"legend text-legend\"><mark class=\"shared\">shared with another document</mark>"
            + "<mark class=\"source\">source</mark><mark class=\"cue\">cue</mark>"
            + "<mark class=\"content\">what was said</mark> <span class=\"muted\">(hover a mark for details)</span></p>";

    private HtmlReport() {
    }

    /** Writes the page as it is made, a document at a time: a corpus's page never has to fit in memory whole. */
    public static void write(Report report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            render(report, chunk -> {
                try {
                    out.append(chunk);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static String render(Report report) {
        StringBuilder page = new StringBuilder(64 * 1024);
        render(report, page::append);
        return page.toString();
    }

    /** How much of the page is held before it is handed on. */
    private static final int CHUNK = 1 << 20;

    private static void render(Report report, Consumer<CharSequence> out) {
        Map<ReusePair, String> pairAnchors = new IdentityHashMap<>();
        for (int i = 0; i < report.reuse().size(); i++) {
            pairAnchors.put(report.reuse().get(i), "pair-" + (i + 1));
        }
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>echotrace report</title><style>").append(CSS).append("</style></head><body>");
        appendHeader(html, report);
        html.append("<main>");
        appendStories(html, report);
        appendGraph(html, report, pairAnchors);
        OutletsView.append(html, report.outlets());
        appendReuse(html, report, pairAnchors, "No document shares a passage with another.");
        ClaimsView.appendClaims(html, report);
        EntityTables.appendEntities(html, report);
        EntityTables.appendAttributions(html, report);
        TimelineAndLabels.appendTimeline(html, report);
        TimelineAndLabels.appendLabels(html, report);
        appendDocuments(html, report, () -> {
            if (html.length() >= CHUNK) {
                out.accept(html);
                html.setLength(0);
            }
        });
        appendProblems(html, report);
        html.append("</main></body></html>\n");
        out.accept(html);
    }

    private static void appendHeader(StringBuilder html, Report report) {
        html.append("<header><h1>echotrace report</h1><p class=\"summary\">")
                .append(count(report.documents().size(), "document")).append(" · ")
                .append(count(report.reuse().size(), "reuse pair")).append(" · ")
                .append(count(report.stories().size(), "story", "stories"));
        if (!report.problems().isEmpty()) {
            html.append(" · ").append(count(report.problems().size(), "input")).append(" skipped");
        }
        html.append(" · ").append(Html.escape(report.generator())).append("</p><nav>")
                .append("<a href=\"#stories\">Stories</a><a href=\"#graph\">Provenance graph</a>")
                .append("<a href=\"#outlets\">Outlets</a><a href=\"#reuse\">Reuse</a>");
        if (!report.claims().isEmpty()) {
            html.append("<a href=\"#claims\">Claims</a>");
        }
        if (!report.entities().isEmpty()) {
            html.append("<a href=\"#entities\">Entities</a><a href=\"#attributions\">Who said what</a>")
                    .append("<a href=\"#timeline\">Timeline</a><a href=\"#labels\">Labels</a>");
        }
        html.append("<a href=\"#documents\">Documents</a>");
        if (!report.problems().isEmpty()) {
            html.append("<a href=\"#problems\">Skipped inputs</a>");
        }
        html.append("</nav></header>");
    }

    private static void appendStories(StringBuilder html, Report report) {
        html.append("<section id=\"stories\"><h2>Stories</h2>");
        report.stories().forEach(story -> ClaimsView.appendSummary(html, story));
        html.append("<table><thead><tr><th>Story</th><th>Title</th>")
                .append("<th>Event</th><th>Documents</th><th>Dates</th></tr></thead><tbody>");
        for (Story story : report.stories()) {
            html.append("<tr data-story=\"").append(Html.escape(story.id())).append("\"><td>")
                    .append(Html.escape(story.id())).append("</td><td>").append(Html.escape(story.title()))
                    .append("</td><td class=\"event\">").append(event(story.event())).append("</td><td>");
            for (String id : story.documents()) {
                html.append("<a href=\"#").append(Html.anchor("doc-", id)).append("\">").append(Html.escape(id))
                        .append("</a> ");
            }
            html.append("</td><td>").append(dates(story)).append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private static void appendGraph(StringBuilder html, Report report, Map<ReusePair, String> pairAnchors) {
        html.append("<section id=\"graph\"><h2>Provenance graph</h2><p class=\"muted\">Documents as circles, ")
                .append("grouped by story; lines join documents that share text, as thick as the words shared, ")
                .append("with an arrow from the earlier document where publication dates tell. Click a line for ")
                .append("the passages side by side.</p><p class=\"legend\">")
                .append("<span><i class=\"swatch\" style=\"background:#c0392b\"></i>verbatim</span>")
                .append("<span><i class=\"swatch\" style=\"background:#e67e22\"></i>near-verbatim</span>")
                .append("<span><i class=\"swatch\" style=\"background:#2c7fb8\"></i>paraphrase (same claims, other words)</span>")
                .append("<span>dashed: copied without naming the source</span></p>")
                .append(ProvenanceSvg.render(report, pairAnchors)).append("</section>");
    }

    /** Every reuse pair side by side, each under its anchor; {@code none} says why the section is empty. */
    static void appendReuse(StringBuilder html, Report report, Map<ReusePair, String> pairAnchors, String none) {
        Map<String, Document> byId = new HashMap<>();
        report.documents().forEach(d -> byId.put(d.id(), d));
        html.append("<section id=\"reuse\"><h2>Reuse</h2>");
        if (report.reuse().isEmpty()) {
            html.append("<p class=\"muted\">").append(Html.escape(none)).append("</p>");
        }
        inOrder(report.reuse(), pair -> SideBySide.render(pair, byId.get(pair.a()), byId.get(pair.b()),
                pairAnchors.get(pair)), html::append);
        html.append("</section>");
    }

    /** @param written called after each document, when what is held may be handed on */
    private static void appendDocuments(StringBuilder html, Report report, Runnable written) {
        html.append("<section id=\"documents\"><h2>Documents</h2>");
        DocumentText.ByDocument marks = DocumentText.ByDocument.of(report);
        inOrder(report.documents(), doc -> card(doc, marks), card -> {
            html.append(card);
            written.run();
        });
        html.append("</section>");
    }

    /** Items rendered at a time on every core, then appended in order: what is held stays bounded. */
    private static final int BATCH = 256;

    /**
     * Renders the items on every core, a batch at a time, and hands each one's markup on in the items' order:
     * each piece depends on its item alone, so the page is the same as rendered one after the other.
     */
    private static <T> void inOrder(List<T> items, Function<T, String> render, Consumer<String> append) {
        for (int from = 0; from < items.size(); from += BATCH) {
            items.subList(from, Math.min(items.size(), from + BATCH)).parallelStream().map(render).toList()
                    .forEach(append);
        }
    }

    /** A document's card: its metadata, its marked text and what cleaning removed. */
    private static String card(Document doc, DocumentText.ByDocument marks) {
        StringBuilder html = new StringBuilder(4096 + 2 * doc.text().length());
        html.append("<article class=\"card doc\" id=\"").append(Html.anchor("doc-", doc.id())).append("\">")
                .append("<h3>").append(Html.escape(doc.id()));
        if (doc.title() != null) {
            html.append(": ").append(Html.escape(doc.title()));
            inferred(html, doc.titleInferred());
        }
        html.append("</h3><table class=\"meta\"><tbody>");
        metaRow(html, "Outlet", doc.outlet(), doc.outletInferred());
        metaRow(html, "Published", doc.published() == null ? null : doc.published().toString(),
                doc.publishedInferred());
        metaRow(html, "URL", doc.url(), false);
        metaRow(html, "Source", doc.source(), false);
        metaRow(html, "Words", String.valueOf(WordTokenizer.count(doc.text())), false);
        html.append("</tbody></table><details><summary>Text (shared passages and attributions marked)</summary>")
                .append(TEXT_LEGEND)
                .append("<div class=\"doc-text\">").append(DocumentText.render(doc, marks))
                .append("</div></details>");
        appendRemoved(html, doc.removed());
        html.append("</article>");
        return html.toString();
    }

    /** What cleaning removed from a document, with the reasons, folded. */
    static void appendRemoved(StringBuilder html, List<Removal> removed) {
        if (removed.isEmpty()) {
            return;
        }
        html.append("<details class=\"removed\"><summary>Removed by cleaning (").append(removed.size())
                .append(")</summary><ul>");
        for (Removal r : removed) {
            html.append("<li>").append(Html.escape(r.reason())).append(": <code>").append(Html.escape(r.text()))
                    .append("</code></li>");
        }
        html.append("</ul></details>");
    }

    private static void appendProblems(StringBuilder html, Report report) {
        if (report.problems().isEmpty()) {
            return;
        }
        html.append("<section id=\"problems\"><h2>Skipped inputs</h2><ul class=\"problems\">");
        for (Diagnostic d : report.problems()) {
            html.append("<li>").append(Html.escape(d.toString())).append("</li>");
        }
        html.append("</ul></section>");
    }

    private static void metaRow(StringBuilder html, String label, String value, boolean inferred) {
        if (value == null) {
            return;
        }
        html.append("<tr><th>").append(label).append("</th><td>").append(Html.escape(value));
        inferred(html, inferred);
        html.append("</td></tr>");
    }

    private static void inferred(StringBuilder html, boolean inferred) {
        if (inferred) {
            html.append("<span class=\"inferred\" title=\"read from the text, not given by the source\">inferred</span>");
        }
    }

    /** What the story's reports agree happened, one line per kind; nothing where it was not described. */
    private static String event(StoryEvent event) {
        if (event == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        eventLine(html, "who", event.actors());
        eventLine(html, "where", event.places());
        eventLine(html, "what", event.actions());
        if (event.year() != 0) {
            eventLine(html, "when", List.of(event.year() + ("written".equals(event.yearFrom())
                    ? " (latest year written)" : "")));
        }
        eventLine(html, "figures", event.figures());
        return html.toString();
    }

    private static void eventLine(StringBuilder html, String kind, List<String> items) {
        if (!items.isEmpty()) {
            html.append("<div><span class=\"muted\">").append(kind).append(":</span> ")
                    .append(Html.escape(String.join(", ", items))).append("</div>");
        }
    }

    private static String dates(Story story) {
        if (story.from() == null) {
            return "<span class=\"muted\">unknown</span>";
        }
        String from = Html.escape(story.from().toString());
        return story.to() == null || story.to().equals(story.from()) ? from : from + " – " + Html.escape(story.to().toString());
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? singular : plural);
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource report.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
