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
