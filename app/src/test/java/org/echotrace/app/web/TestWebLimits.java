package org.echotrace.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request bodies over the limit are refused with a JSON 413, and nothing of them is stored. */
class TestWebLimits {

    @Test
    void oversizeBodiesGet413Json(@TempDir Path dir) throws Exception {
        try (ServerFixture server = ServerFixture.start(dir, List.of(), null, 1000)) {
            String big = "{\"id\": \"big\", \"text\": \"" + "word ".repeat(400) + "\"}";
            for (HttpResponse<String> response : List.of(server.post("/api/articles", big, ServerFixture.TOKEN),
                    server.post("/api/check", big, null))) {
                assertEquals(413, response.statusCode(), response.body());
                assertTrue(ReportJson.mapper().readTree(response.body()).get("error").asText().contains("max-body"));
            }
            assertTrue(server.store().article("big").isEmpty());
            String small = "{\"id\": \"small\", \"text\": \"A small article that fits.\"}";
            assertEquals(201, server.post("/api/articles", small, ServerFixture.TOKEN).statusCode());
        }
    }
}
