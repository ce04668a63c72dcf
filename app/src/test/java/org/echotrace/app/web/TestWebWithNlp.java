package org.echotrace.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;
import org.echotrace.report.ReportJson;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one test with the language layer on (CoreNLP: about 15 s to load unless this test JVM has loaded
 * it already; parses come from the build's parse cache): the example stored with NLP, so the document
 * page marks attributions and the story page has entities, attributions, claims and the summary that
 * analyze's report shows, all escaped.
 */
class TestWebWithNlp {

    @Test
    void documentAndStoryPagesShowTheLanguageLayer(@TempDir Path dir) throws Exception {
        try (ServerFixture server = ServerFixture.start(dir, ServerFixture.readExample(),
                new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace()), 10L * 1024 * 1024)) {
            String id = "000_2ed75f499643938c";
            JsonNode document = ReportJson.mapper().readTree(server.get("/api/documents/" + id).body());
            assertFalse(document.get("language").isNull(), "stored with its language");
            assertTrue(document.get("language").get("attributions").size() > 0, document.get("language").toString());

            org.jsoup.nodes.Document page = Jsoup.parse(server.get("/documents/" + id).body());
            assertTrue(page.select(".doc-text mark.cue").size() > 0, "attribution cues marked");
            assertTrue(page.select(".doc-text mark.source").size() > 0, "sources marked");
            assertTrue(page.select(".text-legend mark.label").size() > 0, "the legend names the language marks");

            String story = server.store().storyOf(id).orElseThrow().id();
            HttpResponse<String> storyPage = server.get("/stories/" + story);
            assertEquals(200, storyPage.statusCode());
            org.jsoup.nodes.Document html = Jsoup.parse(storyPage.body());
            assertTrue(html.select("section#entities tbody tr").size() >= 3, "entities of the story");
            assertTrue(html.select("section#attributions tbody tr").size() >= 1, "attributions of the story");
            assertTrue(html.select("section#claims").size() == 1, "the story's claims, as the store keeps them");
            assertTrue(html.select("section#claims .claim").size() > 0, "claims made by several reports, side by side");
            String summary = html.select(".story-summary").text();
            assertTrue(summary.contains("rest on one anonymous source"), "the summary analyze gives: " + summary);
            TestWebPages.assertSafe("/stories/" + story, storyPage);

            // the API says the same: the list and the story have its summary and the page's title
            JsonNode listed = ReportJson.mapper().readTree(server.get("/api/stories").body()).get("stories");
            JsonNode inList = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                    .filter(s -> s.get("id").asText().equals(story)).findFirst().orElseThrow();
            assertEquals(html.select("h1.story-title").text(), inList.get("title").asText());
            assertTrue(inList.get("summary").get("sentences").toString().contains("anonymous source"), inList.toString());
            JsonNode one = ReportJson.mapper().readTree(server.get("/api/stories/" + story).body());
            assertEquals(inList.get("summary"), one.get("story").get("summary"));
            assertTrue(one.get("report").get("claims").size() > 0, "the report's claims");

            // a copy posted under a hostile id and headline joins the story: its claims show both as text
            String copied = server.store().article("001_e510f0f15825f0ec").orElseThrow().document().text();
            String posted = ReportJson.mapper().createObjectNode().put("id", TestWebPages.HOSTILE_ID)
                    .put("title", "<script>alert('title')</script> MKO members").put("text", copied).toString();
            HttpResponse<String> added = server.post("/api/articles", posted, ServerFixture.TOKEN);
            assertEquals(201, added.statusCode(), added.body());
            assertEquals(story, server.store().storyOf(TestWebPages.HOSTILE_ID).orElseThrow().id());
            HttpResponse<String> grown = server.get("/stories/" + story);
            TestWebPages.assertSafe("/stories/" + story + " with a hostile member", grown);
            assertTrue(Jsoup.parse(grown.body()).select("section#claims").text().contains(TestWebPages.HOSTILE_ID),
                    "the hostile id, as text, among the statements of the claims it repeats");

            // the opening of the report that restates another's claims in new words
            String rewritten = server.store().article("002_f5b39aab0b15c470").orElseThrow().document().text();
            String pasted = rewritten.substring(0, Math.min(rewritten.length(), 1200));
            JsonNode checked = ReportJson.mapper().readTree(server.post("/api/check",
                    ReportJson.mapper().createObjectNode().put("text", pasted).toString(), null).body());
            assertTrue(checked.get("claims").size() > 0, "a rewritten paragraph repeats stored claims: " + checked);
        }
    }
}
