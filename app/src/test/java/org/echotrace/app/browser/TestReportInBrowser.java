package org.echotrace.app.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.app.cli.CliRun;
import org.echotrace.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the example's report.html in headless Chromium as a reader would: the graph shows every document,
 * a click on an edge leads to the passages side by side, and no script runs. Screenshots are kept in
 * {@code app/target/screenshots/} for a person to look at.
 */
class TestReportInBrowser {

    @Test
    void graphAndSideBySideRender(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("analyze", Path.of("..", "examples", "mko-relocation-2023").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));

        try (Playwright playwright = Browsers.start(); Browser browser = Browsers.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            List<String> consoleErrors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    consoleErrors.add(m.text());
                }
            });
            page.navigate(out.resolve("report.html").toUri().toString());

            Locator graph = page.getByLabel("provenance graph");
            assertTrue(graph.isVisible(), "graph visible");
            Locator outlets = page.getByLabel("outlet graph");
            assertTrue(outlets.isVisible(), "outlet graph visible");
            assertTrue(outlets.locator("g.outlet-node").count() >= 3, "outlets that share text drawn");
            assertTrue(page.locator("table.outlet-edges tbody tr").count() >= 3, "outlet edges listed");
            assertEquals(5, page.locator("svg.graph a.node").count(), "one node per document");
            assertTrue(page.locator("svg.graph a.edge").count() >= 2, "reuse edges drawn");
            assertTrue(graph.boundingBox().width > 200, "graph has a size");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("report-top.png")));

            page.locator("svg.graph a.edge").first().click();
            Locator pair = page.locator("article.pair:target");
            assertEquals(1, pair.count(), "the edge leads to its pair");
            Locator columns = pair.locator(".side-by-side").first().locator(".col");
            assertEquals(2, columns.count(), "two columns side by side");
            double leftX = columns.nth(0).boundingBox().x;
            double rightX = columns.nth(1).boundingBox().x;
            assertTrue(rightX > leftX + 200, "columns stand side by side, not stacked");
            assertTrue(pair.locator(".diff-same").count() > 0, "shared words highlighted");
            pair.scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("report-pair.png")));

            Locator firstDocument = page.locator("article.doc").first();
            firstDocument.locator("details summary").first().click();
            assertTrue(firstDocument.locator(".doc-text mark.shared").first().isVisible(), "shared text marked");
            assertTrue(firstDocument.locator(".doc-text mark.cue").count() > 0, "attribution cues marked");
            assertTrue(firstDocument.locator(".text-legend mark.source").isVisible(), "legend of the marks");
            firstDocument.screenshot(new Locator.ScreenshotOptions().setPath(screenshots.resolve("report-document.png")));

            page.navigate(out.resolve("report.html").toUri() + "#entities");
            Locator entities = page.locator("section#entities");
            assertTrue(entities.locator("tbody tr").count() >= 5, "entity table");
            assertTrue(entities.locator("td.aliases").first().textContent().contains("MKO"), "aliases of the main entity");
            entities.screenshot(new Locator.ScreenshotOptions().setPath(screenshots.resolve("report-entities.png")));
            Locator timeline = page.locator("section#timeline");
            assertTrue(timeline.locator("td.date").allTextContents().stream().anyMatch(d -> d.startsWith("2023-06")),
                    "the June raid on the timeline");
            timeline.screenshot(new Locator.ScreenshotOptions().setPath(screenshots.resolve("report-timeline.png")));
            page.locator("section#attributions").screenshot(
                    new Locator.ScreenshotOptions().setPath(screenshots.resolve("report-attributions.png")));

            assertTrue(consoleErrors.isEmpty(), "console errors: " + consoleErrors);
        }
    }
}
