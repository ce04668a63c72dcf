package org.echotrace.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.report.ReportJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outlet graph of a store ({@code /api/outlets}, {@code /outlets}): the example's first report as an
 * agency's, its copy (the fourth report) as a paper's, and the second report posted later as a third outlet's.
 */
class TestWebOutlets {

    static final String HOSTILE_OUTLET = "<b>Agency</b> \"One\"";

    @TempDir
    static Path dir;
    static ServerFixture server;
    static Map<String, Document> example;

    @BeforeAll
    static void start() {
        example = new java.util.HashMap<>();
        ServerFixture.readExample().forEach(d -> example.put(d.id().substring(0, 3), d));
        server = ServerFixture.start(dir.resolve("store"), List.of(
                dated(example.get("000"), HOSTILE_OUTLET, "2023-09-02T08:00"),
                dated(example.get("003"), "Paper Two", "2023-09-03T10:00")), null, 10L * 1024 * 1024);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Document dated(Document d, String outlet, String published) {
        return new Document(d.id(), d.source(), d.title(), outlet, null, Published.parse(published), false, false, false,
                d.text(), List.of(), Map.of());
    }

    @Test
    void answersTheOutletGraphAndFollowsArticlesAsTheyArrive() throws Exception {
        JsonNode before = TestWebApi.json(server.get("/api/outlets"));
        JsonNode edge = before.get("edges").get(0);
        assertEquals(HOSTILE_OUTLET, edge.get("from").asText());
        assertEquals("Paper Two", edge.get("to").asText());
        assertTrue(edge.get("words").asInt() >= 150, edge.toString());
        assertEquals(0.0, edge.get("creditedShare").asDouble(), "the paper names neither the agency nor its sources");

        ObjectNode later = ReportJson.mapper().createObjectNode().put("id", "later-001").put("outlet", "Paper Three")
                .put("published", "2023-09-03T22:58").put("text", example.get("001").text());
        assertEquals(201, server.post("/api/articles", later.toString(), ServerFixture.TOKEN).statusCode());
        JsonNode after = TestWebApi.json(server.get("/api/outlets"));
        for (int i = 0; i < 100 && after.get("stale").asBoolean(); i++) {
            Thread.sleep(100);
            after = TestWebApi.json(server.get("/api/outlets"));
        }
        assertFalse(after.get("stale").asBoolean(), "rebuilt after the post");
        assertEquals(3, after.get("articles").asInt());
        assertTrue(after.get("version").asLong() > before.get("version").asLong());
        assertTrue(after.toString().contains("Paper Three"), after.toString());
    }

    @Test
    void factsPreparedAtStartAnswerTheFirstRequestAsARequestWouldMakeThem() throws Exception {
        OutletGraphs prepared = new OutletGraphs(server.store());
        prepared.prepareInBackground();
        OutletGraphs.Answer fromRequest = new OutletGraphs(server.store()).graph(null, null);
        OutletGraphs.Answer first = prepared.graph(null, null);
        assertFalse(first.stale());
        assertEquals(fromRequest.version(), first.version());
        assertEquals(fromRequest.graph(), first.graph());
    }

    @Test
    void aDateRangeCountsItsDaysOnly() throws Exception {
        JsonNode second = TestWebApi.json(server.get("/api/outlets?from=2023-09-02&to=2023-09-02"));
        assertEquals(0, second.get("totalEdges").asInt(), "nothing copied on the 2nd: the copies came later");
        assertTrue(second.get("articles").asInt() >= 1);
        HttpResponse<String> bad = server.get("/api/outlets?from=yesterday");
        assertEquals(400, bad.statusCode());
        assertTrue(TestWebApi.json(bad).get("error").asText().contains("from"));
    }

    @Test
    void thePageShowsTheGraphWithEveryNameEscaped() throws Exception {
        HttpResponse<String> page = server.get("/outlets");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("aria-label=\"outlet graph\""), "the outlet graph is drawn");
        assertTrue(page.body().contains("&lt;b&gt;Agency&lt;/b&gt;"), "the outlet's name escaped");
        assertFalse(page.body().contains("<b>Agency"), "no markup from an outlet's name");
    }
}
