package org.echotrace.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as an attacker or a careless feed would use it: nothing lost, no 500, nothing leaked. */
class TestWebAbuse {

    @TempDir
    static Path dir;
    /** Started before the first test; JUnit closes it after the last. */
    @AutoClose
    static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.withExample(dir.resolve("store"));
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

    @Test
    void jettysOwnRefusalsAreJsonInUtf8WithTheSecurityHeaders() throws Exception {
        for (String target : List.of("/../", "/api/search?q=" + "a".repeat(20_000), "/" + "b".repeat(20_000))) {
            String response = raw(get(target, "127.0.0.1"));
            assertTrue(response.startsWith("HTTP/1.1 400") || response.startsWith("HTTP/1.1 414"), response);
            String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
            assertTrue(head.contains("content-type: application/json;charset=utf-8"), head);
            assertTrue(head.contains("content-security-policy: default-src 'none'"), head);
            assertTrue(head.contains("x-content-type-options: nosniff"), head);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            assertTrue(TestWebApi.json(body).get("error").asText().startsWith("malformed request"), body);
        }
    }

    @Test
    void onlyTheBoundHostNamesAreAnsweredAgainstDnsRebinding() throws Exception {
        String refused = raw(get("/api/stories", "rebinding.example:" + port()));
        assertTrue(refused.startsWith("HTTP/1.1 421"), refused);
        assertTrue(refused.contains("--allow-host rebinding.example"), refused);
        assertTrue(refused.toLowerCase(java.util.Locale.ROOT).contains("x-content-type-options: nosniff"), refused);
        for (String host : List.of("127.0.0.1:" + port(), "localhost:" + port(), "LOCALHOST", "[::1]:" + port())) {
            assertTrue(raw(get("/api/stories", host)).startsWith("HTTP/1.1 200"), host);
        }
        try (ServerFixture allowing = ServerFixture.start(dir.resolve("allowing"), List.of(), null, 1 << 20,
                List.of("echotrace.newsroom.test"))) {
            java.net.URI uri = java.net.URI.create(allowing.url("/"));
            assertTrue(raw(uri, get("/", "echotrace.newsroom.test:" + uri.getPort())).startsWith("HTTP/1.1 200"));
            assertTrue(raw(uri, get("/", "other.newsroom.test")).startsWith("HTTP/1.1 421"));
        }
    }

    @Test
    void whereArticlesWereReadFromIsShownOnlyWithTheToken() throws Exception {
        String id = server.store().stories(0, 1).get(0).documents().get(0);
        String path = "/api/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode anonymous = TestWebApi.json(server.get(path)).get("document");
        assertTrue(anonymous.get("source").isNull(), anonymous.toString());
        String story = server.store().storyOf(id).orElseThrow().id();
        TestWebApi.json(server.get("/api/stories/" + story)).get("report").get("documents")
                .forEach(d -> assertTrue(d.get("source").isNull(), d.toString()));
        java.net.http.HttpResponse<String> withToken = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(path)))
                        .header("Authorization", "Bearer " + ServerFixture.TOKEN).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(TestWebApi.json(withToken).get("document").get("source").asText().contains("mko-relocation-2023"),
                withToken.body());
    }

    private static String get(String target, String host) {
        return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
    }

    private static int port() {
        return java.net.URI.create(server.url("/")).getPort();
    }

    static String raw(String request) throws Exception {
        return raw(java.net.URI.create(server.url("/")), request);
    }

    /** Sends {@code request} as it is (no client normalising its path) and reads the whole response. */
    static String raw(java.net.URI uri, String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
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
