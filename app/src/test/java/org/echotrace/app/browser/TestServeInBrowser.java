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
import org.echotrace.app.web.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app as a person uses it, in headless Chromium against a real server over the example: search,
 * open a story, open a document, and check paragraphs one report copied from another. Any
 * Content-Security-Policy violation shows as a console error and fails the test. Screenshots are kept
 * in {@code app/target/screenshots/serve-*.png}.
 */
class TestServeInBrowser {

    @Test
    void searchStoryDocumentAndCheck(@TempDir Path dir) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        try (Playwright playwright = Browsers.start(); Browser browser = Browsers.launch(playwright);
             ServerFixture server = ServerFixture.withExample(dir.resolve("store"))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            List<String> consoleErrors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    consoleErrors.add(m.text());
                }
            });

            page.navigate(server.url("/"));
            assertTrue(page.locator("#latest table.stories tbody tr").count() >= 2, "latest stories listed");
            page.locator("input[name=q]").fill("Albania Canada");
            page.locator("form.search button").click();
            Locator hits = page.locator("li.hit");
            assertTrue(hits.count() >= 3, "search hits");
            assertTrue(hits.first().locator(".snippet").textContent().length() > 40, "a snippet");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("serve-search.png")));

            hits.first().locator(".hit-meta a").click();
            page.waitForURL("**/stories/**");
            assertTrue(page.locator("svg.graph").isVisible(), "provenance graph");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("serve-story.png")));
            page.locator("svg.graph a.edge").first().click();
            Locator pair = page.locator("article.pair:target");
            assertEquals(1, pair.count(), "the edge leads to its pair");
            Locator columns = pair.locator(".side-by-side").first().locator(".col");
            assertTrue(columns.nth(1).boundingBox().x > columns.nth(0).boundingBox().x + 200, "side by side");
            assertTrue(pair.locator(".diff-same").count() > 0, "shared words highlighted");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("serve-story-pair.png")));

            page.locator("#articles tbody a").first().click();
            page.waitForURL("**/documents/**");
            assertTrue(page.locator(".doc-text mark.shared").first().isVisible(), "shared passages marked");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("serve-document.png")));

            page.locator("header.site a[href='/check']").click();
            page.locator("textarea[name=text]").fill(pastedParagraph());
            page.locator("form.check button").click();
            page.waitForSelector("#check-result");
            Locator match = page.locator("#check-result article.pair").first();
            assertTrue(match.isVisible(), "a match");
            assertTrue(match.locator(".diff-same").count() > 0, "the copied words highlighted");
            assertTrue(page.locator("#check-result .match-link a").allTextContents().contains("000_2ed75f499643938c"),
                    "the report the paragraphs were first published in");
            assertTrue(page.locator(".story-match a").isVisible(), "the story it joins");
            match.scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("serve-check.png")).setFullPage(true));

            assertTrue(consoleErrors.isEmpty(), "console errors (CSP violations show here): " + consoleErrors);
        }
    }

    /**
     * Two paragraphs of the example's fourth report that it copied from the first, as a reader copies them
     * from a page: the check must find the first report, where they came from.
     */
    private static String pastedParagraph() throws Exception {
        List<String> lines = Files.readAllLines(ServerFixture.EXAMPLE.resolve("003_6dd2a2cadfda3647.txt"));
        return lines.stream().filter(line -> line.startsWith("Sources said") || line.startsWith("Rajavi fled"))
                .reduce((a, b) -> a + "\n\n" + b).orElseThrow();
    }
}
