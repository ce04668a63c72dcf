package org.echotrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestJsonlCorpusWriter {

    @Test
    void documentsReadBackInOrderAcrossFiles(@TempDir Path dir) throws IOException {
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(Document.of("doc" + i, "Paragraph " + i + " says \"quoted\" things.\nAnd a second line."));
        }
        try (JsonlCorpusWriter writer = new JsonlCorpusWriter(dir, 2)) {
            written.forEach(writer);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count());
        }
        List<Document> read = new Ingester(IngestOptions.defaults()).read(List.of(dir.toString()), null, Progress.NONE)
                .documents();
        assertEquals(written.stream().map(Document::id).toList(), read.stream().map(Document::id).toList());
        assertEquals(written.stream().map(Document::text).toList(), read.stream().map(Document::text).toList());
    }

    @Test
    void outletAndPublicationTimeReadBack(@TempDir Path dir) throws IOException {
        Document planted = new Document("wire-1", "wire-1", null, "Xqwire", null,
                Published.of(LocalDateTime.of(2024, 3, 1, 7, 45)), false, false, false,
                "A wire report of a planted event, long enough to be an article.", List.of(), Map.of());
        try (JsonlCorpusWriter writer = new JsonlCorpusWriter(dir, 10)) {
            writer.accept(planted);
            writer.accept(Document.of("bare", "A report without an outlet or a date."));
        }
        List<Document> read = new Ingester(IngestOptions.defaults()).read(List.of(dir.toString()), null, Progress.NONE)
                .documents();
        assertEquals("Xqwire", read.get(0).outlet());
        assertFalse(read.get(0).outletInferred());
        assertEquals(planted.published(), read.get(0).published());
        assertNull(read.get(1).published());
    }
}
