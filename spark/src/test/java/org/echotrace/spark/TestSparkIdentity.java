package org.echotrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.echotrace.Progress;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.bench.OutletCorpus;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.OutletEdge;
import org.echotrace.domain.OutletGraph;
import org.echotrace.domain.Report;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.IngestResult;
import org.echotrace.ingest.Ingester;
import org.echotrace.report.ReportJson;
import org.echotrace.story.StorySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job and {@code analyze --no-nlp} (core's {@link AnalysisPipeline} without the language layer) find the
 * same reuse pairs, passage for passage and offset for offset, on the bundled example and on a planted-reuse
 * corpus; the same documents and stories; and, computed distributed, the same outlet graph, also on a corpus
 * with a planted outlet structure (edges, credit, chains that hide their origin).
 */
class TestSparkIdentity {

    private static final Path EXAMPLE = Path.of("..", "examples", "mko-relocation-2023");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void exampleGivesTheBatchReport(@TempDir Path out) throws IOException {
        Report batch = batch(List.of(EXAMPLE.toString()));
        Report distributed = distributed(List.of(EXAMPLE.toString()), out);
        assertFalse(batch.reuse().isEmpty());
        assertEquals(batch.documents(), distributed.documents());
        assertEquals(batch.reuse(), distributed.reuse());
        assertEquals(batch.stories(), distributed.stories());
        assertFalse(batch.outlets().edges().isEmpty());
        assertEquals(batch.outlets(), distributed.outlets());
    }

    @Test
    void plantedCorpusGivesTheBatchReusePairs(@TempDir Path dir) throws IOException {
        PlantedCorpus.Corpus corpus = PlantedCorpus.fromTexts(exampleTexts()).generate(300, 7);
        // two JSONL files, so that the corpus order spans files
        Path input = Files.createDirectories(dir.resolve("in"));
        writeJsonl(corpus.documents().subList(0, 150), input.resolve("a.jsonl"));
        writeJsonl(corpus.documents().subList(150, 300), input.resolve("b.jsonl"));
        Report batch = batch(List.of(input.toString()));
        Report distributed = distributed(List.of(input.toString()), dir.resolve("out"));
        assertEquals(300, distributed.documents().size());
        assertTrue(batch.reuse().size() >= corpus.planted().size() / 2, "pairs: " + batch.reuse().size());
        assertEquals(batch.reuse(), distributed.reuse());
        assertEquals(batch.stories(), distributed.stories());
        assertEquals(batch.outlets(), distributed.outlets());
        assertTrue(Files.isDirectory(dir.resolve("out/passages/parquet")));
    }

    @Test
    void outletCorpusGivesTheBatchOutletGraph(@TempDir Path dir) throws IOException {
        OutletCorpus.Corpus corpus = OutletCorpus.generate(PlantedCorpus.fromTexts(exampleTexts()), 600, 11);
        Path input = Files.createDirectories(dir.resolve("in"));
        writeJsonl(corpus.documents().subList(0, 300), input.resolve("a.jsonl"));
        writeJsonl(corpus.documents().subList(300, 600), input.resolve("b.jsonl"));
        Report batch = batch(List.of(input.toString()));
        Report distributed = distributed(List.of(input.toString()), dir.resolve("out"));
        OutletGraph graph = batch.outlets();
        assertTrue(graph.edges().stream().filter(OutletEdge::directed).count() >= 10, "edges: " + graph.edges().size());
        assertTrue(graph.chains().stream().anyMatch(c -> Boolean.TRUE.equals(c.originHidden())), "no hidden origin");
        assertTrue(graph.outlets().stream().anyMatch(o -> o.creditReceived() != null), "no credit checked");
        assertEquals(graph.documents(), distributed.outlets().documents());
        assertEquals(graph.outlets(), distributed.outlets().outlets());
        assertEquals(graph.edges(), distributed.outlets().edges());
        assertEquals(graph.chains(), distributed.outlets().chains());
        for (String table : List.of("outlet_documents", "outlets", "outlet_edges", "outlet_chains")) {
            assertTrue(Files.isDirectory(dir.resolve("out/" + table + "/parquet")), table);
        }
    }

    private static List<String> exampleTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        return texts;
    }

    /** The documents as JSON Lines: id, text, and the outlet and publication time where they have them. */
    private static void writeJsonl(List<Document> docs, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Document d : docs) {
            Map<String, String> record = new java.util.LinkedHashMap<>();
            record.put("id", d.id());
            record.put("text", d.text());
            if (d.outlet() != null) {
                record.put("outlet", d.outlet());
            }
            if (d.published() != null) {
                record.put("published", d.published().toString());
            }
            sb.append(ReportJson.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(record)).append('\n');
        }
        Files.writeString(file, sb);
    }

    private static Report batch(List<String> inputs) {
        IngestResult read = new Ingester(IngestOptions.defaults()).read(inputs, null, Progress.NONE);
        return new AnalysisPipeline(ReuseSettings.DEFAULTS, StorySettings.DEFAULTS)
                .analyze(read.documents(), read.problems(), Progress.NONE);
    }

    private static Report distributed(List<String> inputs, Path out) {
        JobSettings settings = JobSettings.defaults(4);
        ReuseJob.Result result = new ReuseJob(settings).run(spark, inputs);
        ResultWriter.writeTables(spark, result, out.toString());
        OutletTables.Tables outlets = OutletTables.build(result.documents(), result.pairs(), result.stories(), settings);
        ResultWriter.writeTables(spark, outlets, out.toString());
        return ResultWriter.collect(result, outlets, settings);
    }
}
