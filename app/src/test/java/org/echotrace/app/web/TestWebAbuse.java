package org.echotrace.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as an attacker or a careless feed would use it: nothing lost, no 500, nothing leaked. */
class TestWebAbuse {

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

    @Test
    void aRepeatedIdInAPostNeverOverwritesAnotherArticle() throws Exception {
        String first = "The harbour authority closed the northern pier on Monday after a crane collapsed.";
        String second = "Voters in the river district will choose a new council in March, the office said.";
        String third = "A museum in the old town reopened its west wing after three years of repairs.";
        assertEquals(List.of("ADDED feed-2"), statuses(post(line("feed-2", first))));
        assertEquals(List.of("ADDED feed", "ADDED feed-3"), statuses(post(line("feed", second) + "\n" + line("feed", third))));
        assertEquals(first, server.store().article("feed-2").orElseThrow().document().text());
        assertEquals(third, server.store().article("feed-3").orElseThrow().document().text());
        String corrected = first.replace("Monday", "Tuesday");
        assertEquals(List.of("UNCHANGED feed", "REPLACED feed-2"), statuses(post(line("feed", second) + "\n"
                + line("feed", second) + "\n" + line("feed-2", corrected))));
        assertEquals(corrected, server.store().article("feed-2").orElseThrow().document().text());
        assertEquals(second, server.store().article("feed").orElseThrow().document().text());
    }

    @Test
    void anOffsetPastTheLimitIs400WithAMessageNeverAnOverflow() throws Exception {
        for (String path : List.of("/api/stories?offset=2147483647", "/api/search?q=albania&offset=2147483647",
                "/api/search?offset=2147483647&outlet=x")) {
            HttpResponse<String> response = server.get(path);
            assertEquals(400, response.statusCode(), path + " " + response.body());
            assertTrue(TestWebApi.json(response).get("error").asText().contains("offset must be 0..100000"), response.body());
        }
        HttpResponse<String> page = server.get("/?q=albania&offset=2147483647");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("offset must be"), page.body());
        HttpResponse<String> deepest = server.get("/api/stories?offset=100000&limit=1000");
        assertEquals(200, deepest.statusCode(), deepest.body());
        assertEquals(0, TestWebApi.json(deepest).get("stories").size());
    }

    @Test
    void tooManyAlternativesIs400WithAMessage() throws Exception {
        StringBuilder q = new StringBuilder("a0");
        for (int i = 1; i < 1100; i++) {
            q.append("%7Ca").append(i);
        }
        for (String path : List.of("/api/search?q=" + q, "/?q=" + q)) {
            HttpResponse<String> response = server.get(path);
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("narrow it"), response.body());
        }
    }

    @Test
    void textWhoseLowerCaseIsLongerIsSearchedAndSnippeted() throws Exception {
        String text = "\u0130".repeat(400) + " The lighthouse keeper counted the departing ferries each evening.";
        post("{\"id\":\"dotted\",\"text\":\"" + text + "\"}");
        HttpResponse<String> response = server.get("/api/search?q=lighthouse");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode hit = TestWebApi.json(response).get("hits").get(0);
        assertEquals("dotted", hit.get("document").asText());
        assertTrue(hit.get("snippet").asText().contains("lighthouse keeper"), hit.toString());
        assertEquals(200, server.get("/?q=lighthouse").statusCode());
    }

    private static String line(String id, String text) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
    }

    private static JsonNode post(String body) throws Exception {
        HttpResponse<String> response = server.post("/api/articles", body, ServerFixture.TOKEN);
        assertEquals(201, response.statusCode(), response.body());
        return TestWebApi.json(response);
    }

    private static List<String> statuses(JsonNode response) {
        List<String> statuses = new ArrayList<>();
        response.get("stored").forEach(o -> statuses.add(o.get("status").asText() + " " + o.get("document").asText()));
        return statuses;
    }
}
