package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.cli.ExitCodes;
import org.echotrace.domain.Document;
import org.echotrace.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} while {@code ingest} commits replacements: every export is of one commit, so every article
 * is in a story, every story member and every pair's articles are exported, and all four files are written.
 */
class TestExportDuringIngest {

    private static final int PART = 30;
    private static final int ROUNDS = 4;
    private static final int MAX_EXPORTS = 30;

    @TempDir
    Path dir;

    @Test
    void everyExportIsWholeWhileAnIngestAddsAndReplacesArticles() throws Exception {
        Path store = dir.resolve("store");
        List<Document> documents = corpus();
        List<Document> first = documents.subList(0, PART);
        assertEquals(ExitCodes.OK, ingest(feed("part0.jsonl", first, ""), store).exitCode());
        List<Path> rounds = new ArrayList<>();
        for (int round = 1; round < ROUNDS; round++) {
            List<Document> next = new ArrayList<>(documents.subList(round * PART, (round + 1) * PART));
            next.addAll(first);
            rounds.add(feed("part" + round + ".jsonl", next, round % 2 == 1 ? " A correction was added later." : ""));
        }

        CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> rounds.forEach(feed -> {
            CliRun run = ingest(feed, store);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        }));
        int exports = 0;
        while (exports < MAX_EXPORTS && (!writes.isDone() || exports < 2)) {
            checkWhole(export(store, dir.resolve("export-" + exports)), exports);
            exports++;
        }
        writes.join();
        assertTrue(exports >= 2, "exports ran while the ingest wrote");
    }

    private static CliRun ingest(Path feed, Path store) {
        return CliRun.of("ingest", feed.toString(), "--store", store.toString(), "--no-nlp", "--batch", "5", "-q");
    }

    private static Path export(Path store, Path out) {
        CliRun run = CliRun.of("export", "--store", store.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        return out;
    }

    private static void checkWhole(Path out, int export) throws Exception {
        ObjectMapper json = ReportJson.mapper();
        Set<String> articles = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve(ExportCommand.ARTICLES))) {
            JsonNode article = json.readTree(line);
            assertFalse(article.get("story").isNull(), "export " + export + ": no story for " + line);
            articles.add(article.get("id").asText());
        }
        Set<String> members = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve(ExportCommand.STORIES))) {
            json.readTree(line).get("documents").forEach(d -> assertTrue(members.add(d.asText()), d + " in two stories"));
        }
        assertEquals(articles, members, "export " + export + ": the stories hold exactly the exported articles");
        assertTrue(Files.size(out.resolve("reuse.csv")) > 0, "export " + export + " wrote reuse.csv");
        assertTrue(Files.size(out.resolve("provenance.gexf")) > 0, "export " + export + " wrote provenance.gexf");
    }

    private static List<Document> corpus() throws Exception {
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(TestAnalyzeCommand.EXAMPLE)) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readString(f));
            }
        }
        return PlantedCorpus.fromTexts(seeds).generate(PART * ROUNDS, 11).documents();
    }

    private Path feed(String name, List<Document> documents, String appended) throws Exception {
        ObjectMapper json = ReportJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);
        List<String> lines = new ArrayList<>();
        for (Document d : documents) {
            lines.add(json.writeValueAsString(Map.of("id", d.id(), "text", d.text() + appended)));
        }
        return Files.write(dir.resolve(name), lines);
    }
}
