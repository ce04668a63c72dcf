package org.echotrace.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Claim;
import org.echotrace.domain.ClaimSource;
import org.echotrace.domain.Conflict;
import org.echotrace.domain.ConflictKind;
import org.echotrace.domain.ConflictValue;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.Statement;
import org.echotrace.domain.StorySummary;
import org.echotrace.domain.Direction;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.Removal;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReuseKind;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;
import org.echotrace.domain.Story;
import org.echotrace.outlets.OutletGraphBuilder;
import org.junit.jupiter.api.Test;

/** Articles are untrusted: nothing they contain may become markup in the report. */
class TestHtmlReport {

    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=\"alert(1)\"> & \"quotes\"";

    @Test
    void escapesEverythingAnArticleSupplies() {
        String text = "Intro " + HOSTILE + " shared words here.";
        Document doc = new Document("evil<id>", "evil.html", HOSTILE, HOSTILE, "javascript:alert(1)", null,
                false, false, false, text, List.of(new Removal(HOSTILE, "cookie banner")), Map.of("k", HOSTILE));
        Document other = Document.of("plain", text);
        Span all = new Span(0, text.length());
        ReusePair pair = new ReusePair("evil<id>", "plain", ReuseKind.VERBATIM, 9, 1, 1, Direction.UNKNOWN,
                "no publication date for " + HOSTILE, List.of(new Passage(all, all, 9, 1.0)));
        List<Story> stories = List.of(new Story("s1", HOSTILE, List.of("evil<id>", "plain"), null, null));
        Report report = new Report("echotrace test", AnalysisSettings.DEFAULTS, List.of(doc, other), List.of(pair),
                stories, List.of())
                .withOutlets(new OutletGraphBuilder(4).build(List.of(doc, other), List.of(pair), stories)); // 9 words: a copy from 8

        String html = HtmlReport.render(report);

        assertTrue(html.contains("<section id=\"outlets\">") && html.contains("class=\"outlet-edges\""),
                "the hostile outlet is in the outlet graph and table");

        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no element from the article");
        assertFalse(html.contains("onerror=\""), "no event handler attribute");
        assertFalse(html.contains("href=\"javascript:"), "no javascript link");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void marksSharedPassagesAndDifferences() {
        String a = "The council approved the new budget on Monday after a long debate about schools and roads.";
        String b = "The council approved the revised budget on Monday after a long debate about schools and roads.";
        Report report = new Report("echotrace test", AnalysisSettings.DEFAULTS,
                List.of(Document.of("a", a), Document.of("b", b)),
                List.of(new ReusePair("a", "b", ReuseKind.NEAR_VERBATIM, 16, 1, 1, Direction.UNKNOWN, "no dates",
                        List.of(new Passage(new Span(0, a.length()), new Span(0, b.length()), 16, 16 / 17.0)))),
                List.of(new Story("s1", "Budget", List.of("a", "b"), null, null)), List.of());

        String html = HtmlReport.render(report);

        assertTrue(html.contains("<span class=\"diff-changed\">new</span>"), "changed word marked in a");
        assertTrue(html.contains("<span class=\"diff-changed\">revised</span>"), "changed word marked in b");
        assertTrue(html.contains("<mark class=\"shared\""), "shared text marked in the document");
        assertEquals(2, html.split("class=\"node\"", -1).length - 1, "one graph node per document");
    }

    @Test
    void claimsSummariesAndUncreditedCopiesAreShownEscaped() {
        String text = "Officials said " + HOSTILE + " more than 17,000 people were killed.";
        Document a = Document.of("a", text);
        Document b = Document.of("b", text);
        Span all = new Span(0, text.length());
        Statement sa = new Statement("a", 0, text.length(), text, null);
        Statement sb = new Statement("b", 0, text.length(), text, null);
        Conflict conflict = new Conflict(ConflictKind.NUMBER, List.of(new ConflictValue(HOSTILE, 17000.0, null, List.of("a"))),
                List.of(), HOSTILE);
        Claim claim = new Claim("c1", "s1", List.of(sa, sb), List.of(new ClaimSource(HOSTILE, SourceKind.ANONYMOUS, null,
                HOSTILE, List.of("a", "b"))), "a", List.of(), false, List.of(conflict));
        StorySummary summary = new StorySummary(2, 0, 1, 1, List.of(), List.of(HOSTILE));
        ReusePair copy = new ReusePair("a", "b", ReuseKind.VERBATIM, 9, 1, 1, Direction.A_TO_B, "dates",
                List.of(new Passage(all, all, 9, 1.0)), false);
        Report report = new Report("echotrace test", AnalysisSettings.DEFAULTS, List.of(a, b), List.of(copy),
                List.of(new Story("s1", "t", List.of("a", "b"), null, null).withSummary(summary)), List.of(), List.of(),
                List.of(claim), List.of(), List.of(), List.of(), List.of(), List.of());

        String html = HtmlReport.render(report);

        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no element from the article");
        assertTrue(html.contains("class=\"story-summary\""), "the story summary");
        assertTrue(html.contains("id=\"claims\"") && html.contains("class=\"conflict number\""), "the claims view");
        assertTrue(html.contains("edge-line verbatim uncredited"), "the uncredited copy on the graph");
    }
}
