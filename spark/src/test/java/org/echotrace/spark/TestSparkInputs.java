package org.echotrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.IngestResult;
import org.echotrace.ingest.Ingester;
import org.echotrace.reuse.ReuseDetector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet and WARC input, and the pair window. */
class TestSparkInputs {

    private static final Path EXAMPLE = Path.of("..", "examples", "mko-relocation-2023");
    private static SparkSession spark;
    private static List<String> texts;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        try (var files = Files.list(EXAMPLE)) {
            texts = files.sorted().map(TestSparkInputs::read).toList();
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void parquetRowsReadAsTheirJsonLines(@TempDir Path dir) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            jsonl.append(EncodedDocument.toJson(Map.of("id", "doc" + i, "text", texts.get(i),
                    "published", "2023-09-0" + (i + 1)))).append('\n');
        }
        Path json = Files.writeString(dir.resolve("articles.jsonl"), jsonl);
        String parquet = dir.resolve("articles.parquet").toString();
        spark.read().json(spark.createDataset(jsonl.toString().lines().toList(), Encoders.STRING()))
                .coalesce(1).write().parquet(parquet);

        List<ReusePair> batch = batchPairs(json.toString());
        Report distributed = distributed(parquet, JobSettings.defaults(4));
        assertFalse(batch.isEmpty());
        assertEquals(batch, distributed.reuse());
        assertEquals(List.of("doc0", "doc1", "doc2", "doc3", "doc4"),
                distributed.documents().stream().map(Document::id).toList());
    }

    @Test
    void warcResponsesGiveTheBatchPairs(@TempDir Path dir) throws IOException {
        StringBuilder warc = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            warc.append(response("https://example.org/" + i, texts.get(i)));
        }
        Path file = Files.writeString(dir.resolve("crawl.warc"), warc);
        List<ReusePair> batch = batchPairs(file.toString());
        assertFalse(batch.isEmpty());
        assertEquals(batch, distributed(file.toString(), JobSettings.defaults(4)).reuse());
    }

    @Test
    void pairWindowDropsPairsPublishedFarApart(@TempDir Path dir) throws IOException {
        String shared = texts.get(0);
        Path file = Files.writeString(dir.resolve("two.jsonl"),
                EncodedDocument.toJson(Map.of("id", "early", "text", shared, "published", "2023-01-01")) + "\n"
                + EncodedDocument.toJson(Map.of("id", "late", "text", shared, "published", "2023-06-01")) + "\n");
        JobSettings all = JobSettings.defaults(2);
        JobSettings window = all.withPairWindow(30);
        assertEquals(1, distributed(file.toString(), all).reuse().size());
        assertTrue(distributed(file.toString(), window).reuse().isEmpty());
    }

    private static String response(String uri, String text) {
        String html = "<html><head><title>t</title></head><body><article><p>"
                + text.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        int length = html.getBytes(StandardCharsets.UTF_8).length;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + length
                + "\r\n\r\n" + html;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2024-02-11T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                        uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: application/http; msgtype=response"
                + "\r\nContent-Length: " + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
    }

    private static List<ReusePair> batchPairs(String input) {
        IngestResult read = new Ingester(IngestOptions.defaults()).read(List.of(input), null, Progress.NONE);
        return new ReuseDetector(ReuseSettings.DEFAULTS).detect(read.documents(), Progress.NONE);
    }

    private static Report distributed(String input, JobSettings settings) {
        return ResultWriter.collect(new ReuseJob(settings).run(spark, List.of(input)), settings);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
