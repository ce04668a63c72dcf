package org.echotrace.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.echotrace.domain.Document;

/**
 * Writes documents as JSON Lines ({@code id}, {@code text}) into numbered files of at most so many documents
 * each ({@code part-00000.jsonl}, ...), so that a corpus larger than the heap can be generated once and read
 * like any folder of articles. Files sort in document order.
 */
public final class JsonlCorpusWriter implements Consumer<Document>, Closeable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path folder;
    private final int perFile;
    private BufferedWriter out;
    private int inFile;
    private int files;

    public JsonlCorpusWriter(Path folder, int perFile) {
        if (perFile < 1) {
            throw new IllegalArgumentException("perFile must be >= 1, got " + perFile);
        }
        this.folder = folder;
        this.perFile = perFile;
    }

    @Override
    public void accept(Document document) {
        try {
            if (out == null || inFile == perFile) {
                nextFile();
            }
            Map<String, String> record = new LinkedHashMap<>();
            record.put("id", document.id());
            record.put("text", document.text());
            // what the outlet benchmarks plant: the reader takes both back as the document's own
            if (document.outlet() != null) {
                record.put("outlet", document.outlet());
            }
            if (document.published() != null) {
                record.put("published", document.published().toString());
            }
            out.write(MAPPER.writeValueAsString(record));
            out.write('\n');
            inFile++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus under " + folder, e);
        }
    }

    private void nextFile() throws IOException {
        close();
        Files.createDirectories(folder);
        out = Files.newBufferedWriter(folder.resolve(String.format("part-%05d.jsonl", files++)), StandardCharsets.UTF_8);
        inFile = 0;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
