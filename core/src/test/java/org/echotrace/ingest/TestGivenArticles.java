package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Location;
import org.junit.jupiter.api.Test;

/**
 * The seams for articles a caller has as fields or as a parsed object (the web check, posted articles): they
 * give what a JSON Lines file with the same record gives, without writing the record out to read it back.
 * Texts are the bundled example's reports.
 */
class TestGivenArticles {

    private static final Path SEEDS = Path.of("..", "examples", "mko-relocation-2023");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Ingester ingester = new Ingester(IngestOptions.defaults());

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    private static ObjectNode record(String id, String title, String published, String text) {
        ObjectNode record = JSON.createObjectNode();
        record.put("id", id);
        record.put("title", title);
        record.put("published", published);
        record.put("text", text);
        return record;
    }

    @Test
    void givenFieldsAreCleanedAsAJsonLinesRecordOfThem() throws IOException {
        for (String prefix : List.of("000", "003")) {
            String text = seed(prefix);
            // a written-out date, a blank title (the headline is inferred) and a value that is no date
            for (String[] fields : List.of(new String[] {"Relocation", "September 3, 2023"},
                    new String[] {"  ", "2023-09-03"}, new String[] {null, "someday"})) {
                IngestResult asLine = ingester.readString("given.jsonl",
                        record("c", fields[0], fields[1], text).toString());
                IngestResult given = ingester.read(RawArticle.given("c", "given.jsonl#line 1", fields[0], fields[1], text));
                assertEquals(1, given.documents().size(), prefix);
                assertEquals(asLine.documents(), given.documents(), prefix + " " + fields[1]);
                assertEquals(List.of(), given.problems());
            }
        }
    }

    @Test
    void aParsedObjectReadsAsItsOneLine() throws IOException {
        ObjectNode record = record(null, "Quarrels", "someday", seed("003"));
        record.remove("id"); // named after the input's first line
        record.put("section", "world");
        IngestResult asLine = ingester.readString("posted-ab12.jsonl", record.toString());
        IngestResult object = ingester.readObject("posted-ab12.jsonl", record);
        assertEquals(asLine.documents(), object.documents());
        assertEquals("posted-ab12-line1", object.documents().get(0).id());
        assertEquals(asLine.notes(), object.notes());
        assertEquals(1, object.notes().size(), object.notes().toString());
    }

    @Test
    void aRecordWithoutTextIsTheSameProblemOnLineOne() {
        JsonNode record = JSON.createObjectNode().put("id", "x").put("title", "No body");
        IngestResult object = ingester.readObject("posted.jsonl", record);
        assertEquals(ingester.readString("posted.jsonl", record.toString()).problems(), object.problems());
        assertEquals(List.of(new Diagnostic("posted.jsonl", Location.line(1), "record has neither \"text\" nor \"html\"")),
                object.problems());
    }

    @Test
    void aTextOverTheLimitIsAProblemNotADocument() throws IOException {
        Ingester small = new Ingester(new IngestOptions(1024, 20));
        IngestResult given = small.read(RawArticle.given("c", "checked text", null, null, seed("000")));
        assertTrue(given.documents().isEmpty());
        assertEquals(List.of(Diagnostic.of("checked text", "text is larger than the limit of 1.0 KiB (maxBytes)")),
                given.problems());
    }
}
