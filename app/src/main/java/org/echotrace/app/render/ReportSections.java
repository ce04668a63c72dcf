package org.echotrace.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LabelCandidate;

/**
 * The report's views for pages other than {@code report.html} (the web app's story, document and check
 * pages): the same HTML as the report, escaped the same way, and none of it with inline styles or
 * scripts, so it can be served under a strict Content-Security-Policy.
 */
public final class ReportSections {

    private ReportSections() {
    }

    /** One reuse pair, each passage side by side with the shared words highlighted. */
    public static String sideBySide(ReusePair pair, Document a, Document b, String anchor) {
        return SideBySide.render(pair, a, b, anchor);
    }

    /** The provenance graph; each edge links to {@code #anchor} of its pair. */
    public static String graph(Report report, Map<ReusePair, String> pairAnchors) {
        return ProvenanceSvg.render(report, pairAnchors);
    }

    /** A document's text with every layer marked: shared passages, attributions, and labels (class {@code label}). */
    public static String documentText(Document document, List<ReusePair> reuse, DocumentLanguage language) {
        Report layers = new Report("", null, List.of(document), reuse, List.of(), List.of(),
                language == null ? List.of() : language.attributions(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        List<DocumentText.Mark> marks = new ArrayList<>(DocumentText.marksOf(document.id(), layers));
        if (language != null) {
            for (LabelCandidate label : language.labels()) {
                marks.add(new DocumentText.Mark(new Span(label.label().start(), label.label().end()),
                        "label", "label: " + label.label().text()));
            }
        }
        return DocumentText.render(document, marks);
    }

    /** Every reuse pair of the report side by side; {@code none} is shown when there is none. */
    public static String reuse(Report report, Map<ReusePair, String> pairAnchors, String none) {
        StringBuilder html = new StringBuilder();
        HtmlReport.appendReuse(html, report, pairAnchors, none);
        return html.toString();
    }

    /** What cleaning removed from a document, folded; nothing when nothing was. */
    public static String removed(List<org.echotrace.domain.Removal> removed) {
        StringBuilder html = new StringBuilder();
        HtmlReport.appendRemoved(html, removed);
        return html.toString();
    }

    /** The story's summary in plain sentences (what its claims rest on); nothing when it has none. */
    public static String storySummary(org.echotrace.domain.Story story) {
        StringBuilder html = new StringBuilder();
        ClaimsView.appendSummary(html, story);
        return html.toString();
    }

    /** The claims view: groups side by side with conflicts and sources; nothing when there are no claims. */
    public static String claims(Report report) {
        StringBuilder html = new StringBuilder();
        ClaimsView.appendClaims(html, report);
        return html.toString();
    }

    /** Entities, attributions, timeline and labels by outlet; nothing for a report without the language layer. */
    public static String languageSections(Report report) {
        StringBuilder html = new StringBuilder();
        EntityTables.appendEntities(html, report);
        EntityTables.appendAttributions(html, report);
        TimelineAndLabels.appendTimeline(html, report);
        TimelineAndLabels.appendLabels(html, report);
        return html.toString();
    }
}
