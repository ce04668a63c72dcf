package org.echotrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
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
}
