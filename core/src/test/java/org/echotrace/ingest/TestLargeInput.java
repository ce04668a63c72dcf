package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.echotrace.Progress;
import org.echotrace.domain.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A container file far over the per-article limit is read as a stream: every good article, whatever
 * the file's size. The documents go to a counting sink, so the test holds none of them.
 */
class TestLargeInput {
    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void hundredMegabyteJsonLinesFileReadsEveryGoodArticle() throws IOException {
        Path file = dir.resolve("export.jsonl");
        long written = 0;
        int articles = 0;
        String body = ("The council met on Tuesday to discuss the harbour. ").repeat(190);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < HUNDRED_MB) {
                articles++;
                String line = articles % 1000 == 0
                        ? "{\"id\":\"broken-" + articles + "\",\"text\":\"cut"
                        : "{\"id\":\"a" + articles + "\",\"text\":\"Article " + articles + ". " + body + "\"}";
                out.write(line);
                out.write('\n');
                written += line.length() + 1;
            }
        }
        int broken = articles / 1000;
        AtomicLong read = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        IngestResult result = new Ingester(IngestOptions.defaults()).stream(List.of(file.toString()), null,
                Progress.NONE, document -> {
                    read.incrementAndGet();
                    chars.addAndGet(document.text().length());
                    return Optional.empty();
                });
        assertTrue(Files.size(file) >= HUNDRED_MB, "the file is over 100 MB, ten times the per-article limit");
        assertEquals(articles - broken, read.get(), IngestFixtures.problems(result));
        assertEquals(broken, result.problems().size(), "one problem per broken line, no more");
        assertEquals(Location.line(1000), result.problems().get(0).location());
        assertTrue(chars.get() > HUNDRED_MB * 9 / 10, "the text of every article: " + chars.get());
    }

    @Test
    void aRunHoldsNoMoreTextThanItsLimitAndSaysSo() {
        String line = "{\"text\":\"" + "A story about the harbour and the ferry. ".repeat(50) + "\"}\n";
        IngestResult result = new Ingester(new IngestOptions(IngestOptions.DEFAULT_MAX_BYTES, 20, 10_000))
                .readString("many.jsonl", line.repeat(20));
        assertEquals(4, result.documents().size(), "2,050 characters each: four fit in 10,000");
        assertEquals(Location.line(5), result.problems().get(0).location());
        assertTrue(result.problems().get(0).reason().startsWith("not read, nor any article after it: this run already holds "),
                result.problems().get(0).reason());
    }
}
