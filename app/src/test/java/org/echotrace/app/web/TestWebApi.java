package org.echotrace.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.report.ReportJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API against a real server over the example reports (stored without NLP). */
class TestWebApi {

    /** Two paragraphs of the example's second report, as a reader would copy them. */
    static final String COPIED_FILE = "001_e510f0f15825f0ec.txt";

    @TempDir
    static Path dir;
    static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.withExample(dir.resolve("store"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String copiedParagraphs() throws Exception {
        List<String> paragraphs = Files.readAllLines(ServerFixture.EXAMPLE.resolve(COPIED_FILE)).stream()
                .filter(line -> line.split(" ").length > 20).toList();
        return paragraphs.get(1) + "\n\n" + paragraphs.get(2);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return json(response.body());
    }

    static JsonNode json(String body) throws Exception {
        return ReportJson.mapper().readTree(body);
    }

    @Test
    void listsStoriesAndReadsOne() throws Exception {
        JsonNode stories = json(server.get("/api/stories"));
        assertTrue(stories.get("total").asInt() >= 2, "the example's two stories (other tests may add more)");
        String first = server.store().storyOf("001_e510f0f15825f0ec").orElseThrow().id();
        JsonNode story = json(server.get("/api/stories/" + first));
        assertEquals(first, story.get("story").get("id").asText());
        assertTrue(story.get("report").get("reuse").size() >= 1, "the story's reuse pairs");
        JsonNode bad = json(server.get("/api/stories?limit=0"));
        assertTrue(bad.get("error").asText().contains("limit"));
    }

    @Test
    void readsADocumentWithItsReuseAndStory() throws Exception {
        HttpResponse<String> response = server.get("/api/documents/001_e510f0f15825f0ec");
        assertEquals(200, response.statusCode());
        JsonNode document = json(response);
        assertEquals("001_e510f0f15825f0ec", document.get("document").get("id").asText());
        assertFalse(document.get("story").isNull());
        assertTrue(document.get("reuse").size() >= 1);
        assertTrue(document.get("language").isNull(), "stored without NLP");
    }

    @Test
    void unknownIdsAre404Json() throws Exception {
        for (String path : List.of("/api/documents/nope", "/api/stories/s999", "/api/nothing-here")) {
            HttpResponse<String> response = server.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(json(response).get("error").asText().length() > 5, path);
        }
    }

    @Test
    void searchesByWordsOutletAndDates() throws Exception {
        JsonNode found = json(server.get("/api/search?q=Albania&limit=3"));
        assertTrue(found.get("total").asInt() >= 3, found.toString());
        assertEquals(3, found.get("hits").size());
        JsonNode hit = found.get("hits").get(0);
        assertTrue(hit.get("snippet").asText().toLowerCase().contains("albania"), hit.toString());
        assertFalse(hit.get("story").isNull());
        JsonNode dated = json(server.get("/api/search?from=2023-09-01&to=2023-09-30"));
        assertTrue(dated.get("total").asInt() >= 1);
        HttpResponse<String> badDate = server.get("/api/search?from=yesterday");
        assertEquals(400, badDate.statusCode());
        assertTrue(json(badDate).get("error").asText().contains("from"));
    }

    @Test
    void checkFindsTheSourceOfCopiedParagraphsWithOffsets() throws Exception {
        String body = ReportJson.mapper().writeValueAsString(java.util.Map.of("text", copiedParagraphs(),
                "title", "A rewrite"));
        int stored = server.store().stats().articles();
        HttpResponse<String> response = server.post("/api/check", body, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = json(response);
        String text = result.get("text").get("text").asText();
        JsonNode matches = result.get("matches");
        assertTrue(matches.size() >= 1, result.toString());
        boolean foundCopy = false;
        for (JsonNode match : matches) {
            JsonNode passage = match.get("passages").get(0);
            int start = passage.get("inText").get(0).asInt();
            int end = passage.get("inText").get(1).asInt();
            assertEquals(text.substring(start, end), passage.get("text").asText(), "offsets point into the cleaned text");
            foundCopy |= match.get("document").asText().equals("001_e510f0f15825f0ec");
        }
        assertTrue(foundCopy, "the report the paragraphs were copied from is found");
        assertFalse(result.get("story").isNull(), "it joins the stored story");
        assertEquals(stored, server.store().stats().articles(), "nothing stored by a check");
    }

    @Test
    void checkRejectsMalformedJsonAndMissingText() throws Exception {
        HttpResponse<String> broken = server.post("/api/check", "{\n\"text\": \"abc\",\n oops }", null);
        assertEquals(400, broken.statusCode());
        JsonNode error = json(broken);
        assertTrue(error.get("error").asText().startsWith("malformed JSON"), error.toString());
        assertEquals(3, error.get("line").asInt());
        assertEquals(400, server.post("/api/check", "{\"title\": \"no text\"}", null).statusCode());
        assertEquals(400, server.post("/api/check", "", null).statusCode());
    }

    @Test
    void writesNeedTheToken() throws Exception {
        String article = "{\"id\": \"t1\", \"text\": \"A short article about nothing in particular at all.\"}";
        HttpResponse<String> none = server.post("/api/articles", article, null);
        assertEquals(401, none.statusCode());
        assertTrue(json(none).get("error").asText().contains("Bearer"));
        assertEquals(401, server.post("/api/articles", article, "wrong-token").statusCode());
        assertTrue(server.store().article("t1").isEmpty(), "nothing stored without the token");
    }

    @Test
    void storesOnePrettyPrintedArticleThenFindsItUnchanged() throws Exception {
        String article = "{\n  \"id\": \"pretty-1\",\n  \"title\": \"A title\",\n  \"outlet\": \"Example News\",\n"
                + "  \"published\": \"2024-02-01\",\n  \"text\": \"Some text of a new article, long enough to keep.\"\n}";
        HttpResponse<String> first = server.post("/api/articles", article, ServerFixture.TOKEN);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("ADDED", json(first).get("stored").get(0).get("status").asText());
        assertEquals("Example News", server.store().article("pretty-1").orElseThrow().document().outlet());
        HttpResponse<String> again = server.post("/api/articles", article, ServerFixture.TOKEN);
        assertEquals("UNCHANGED", json(again).get("stored").get(0).get("status").asText());
    }

    @Test
    void aBadLineDoesNotLoseTheGoodOnes() throws Exception {
        String body = "{\"id\": \"good-1\", \"text\": \"The first good article of this batch.\"}\n"
                + "{\"id\": broken\n"
                + "{\"id\": \"good-2\", \"text\": \"The second good article of this batch.\"}\n"
                + "{\"id\": \"no-text\"}\n";
        HttpResponse<String> response = server.post("/api/articles", body, ServerFixture.TOKEN);
        assertEquals(201, response.statusCode(), response.body());
        JsonNode result = json(response);
        assertEquals(2, result.get("stored").size());
        assertEquals(List.of(2, 4), List.of(result.get("problems").get(0).get("line").asInt(),
                result.get("problems").get(1).get("line").asInt()));
        assertTrue(server.store().article("good-1").isPresent() && server.store().article("good-2").isPresent());
    }

    @Test
    void anArticleNamedByItsUrlIsFoundByTheEncodedUrl() throws Exception {
        String url = "https://example.com/news/2024/a-b?x=1&y=2";
        String article = "{\"url\": \"" + url + "\", \"text\": \"An article known only by its address.\"}";
        assertEquals(201, server.post("/api/articles", article, ServerFixture.TOKEN).statusCode());
        String encoded = java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response = server.get("/api/documents/" + encoded);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(url, json(response).get("document").get("id").asText());
        assertEquals(200, server.get("/documents/" + encoded).statusCode());
    }

    @Test
    void nothingReadableIs400WithTheLine() throws Exception {
        HttpResponse<String> response = server.post("/api/articles", "{\"id\": 1, \"txet\": \"typo\"}",
                ServerFixture.TOKEN);
        assertEquals(400, response.statusCode());
        JsonNode error = json(response);
        assertTrue(error.get("error").asText().contains("neither \"text\" nor \"html\""), error.toString());
        assertEquals(1, error.get("line").asInt());
        assertEquals(400, server.post("/api/articles", "   ", ServerFixture.TOKEN).statusCode());
        assertEquals(400, server.post("/api/articles", "[{\"text\": \"x\"}]", ServerFixture.TOKEN).statusCode());
    }

    @Test
    void noStackTraceReachesTheClient() throws Exception {
        for (HttpResponse<String> response : List.of(server.post("/api/check", "{\"text\": [1, 2]}", null),
                server.post("/api/check", "null", null), server.get("/api/search?limit=x"),
                server.post("/api/articles", "\u0000\u0001", ServerFixture.TOKEN))) {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.body());
            assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
        }
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode spec = json(server.get("/openapi.json"));
        assertTrue(spec.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/check", "/api/articles", "/api/stories", "/api/stories/{id}",
                "/api/documents/{id}", "/api/search")) {
            assertTrue(spec.get("paths").has(path), path);
        }
    }
}
