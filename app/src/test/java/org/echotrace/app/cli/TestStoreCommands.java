package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.cli.ExitCodes;
import org.echotrace.domain.Claim;
import org.echotrace.domain.ConflictKind;
import org.echotrace.domain.Story;
import org.echotrace.report.ReportJson;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoreConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest (with NLP and claims), report and export on the example, as a newsroom would run them. */
class TestStoreCommands {

    @TempDir
    static Path dir;
    static Path store;
    static CliRun ingested;

    @BeforeAll
    static void ingestTheExample() {
        store = dir.resolve("store");
        ingested = CliRun.of("ingest", TestAnalyzeCommand.EXAMPLE.toString(), "--store", store.toString(), "--list",
                "--cache", System.getProperty("echotrace.cache", dir.resolve("parses").toString()));
    }

    @Test
    void eachArticleIsAcknowledgedWithItsStoryAndTheCopiesItShares() {
        assertEquals(ExitCodes.OK, ingested.exitCode(), ingested.err());
        List<String> lines = ingested.out().lines().filter(l -> l.startsWith("added ")).toList();
        assertEquals(5, lines.size(), ingested.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains(" reuse ")), ingested.out());
        CliRun again = CliRun.of("ingest", TestAnalyzeCommand.EXAMPLE.toString(), "--store", store.toString(), "--no-nlp");
        assertTrue(again.out().contains("0 added, 0 replaced, 5 unchanged"), again.out());
    }

    @Test
    void theStoreKeepsTheClaimGroupsOfEachStory() throws Exception {
        try (ArticleStore reader = ArticleStore.openForReading(store)) {
            Story relocation = reader.stories(0, 10).stream().max(java.util.Comparator.comparingInt(s -> s.documents().size()))
                    .orElseThrow();
            List<Claim> claims = reader.claims(relocation.id());
            assertTrue(claims.stream().anyMatch(c -> c.documents().size() >= 3), "claims made by several reports");
            assertTrue(claims.stream().flatMap(c -> c.conflicts().stream()).anyMatch(c -> c.kind() == ConflictKind.NUMBER),
                    "the figures that differ between reports are a conflict");
            assertTrue(reader.article(relocation.documents().get(0)).orElseThrow().language() != null,
                    "language annotations are stored");
        }
    }

    @Test
    void reportWritesTheSameReportForOneStoredStoryAndExportWritesEverything() throws Exception {
        String storyId;
        try (ArticleStore reader = ArticleStore.openForReading(store)) {
            storyId = reader.stories(0, 10).get(0).id();
        }
        Path out = dir.resolve("report");
        CliRun report = CliRun.of("report", "--store", store.toString(), "--story", storyId, "--out", out.toString(),
                "--cache", System.getProperty("echotrace.cache", dir.resolve("parses").toString()));
        assertEquals(ExitCodes.OK, report.exitCode(), report.err());
        JsonNode json = ReportJson.mapper().readTree(out.resolve("report.json").toFile());
        assertTrue(json.get("documents").size() >= 1);
        assertTrue(json.has("claims") && json.has("attributions"));

        Path export = dir.resolve("export");
        CliRun exported = CliRun.of("export", "--store", store.toString(), "--out", export.toString());
        assertEquals(ExitCodes.OK, exported.exitCode(), exported.err());
        assertEquals(5, Files.readAllLines(export.resolve("articles.jsonl")).size());
        assertTrue(Files.readString(export.resolve("articles.jsonl")).contains("\"story\":\"s"));
        assertTrue(Files.exists(export.resolve("reuse.csv")) && Files.exists(export.resolve("provenance.gexf")));
    }

    @Test
    void aSecondWriterIsRefusedWithAClearMessage() {
        try (ArticleStore writer = ArticleStore.openForWriting(store, StoreConfig.defaults())) {
            CliRun second = CliRun.of("ingest", TestAnalyzeCommand.EXAMPLE.toString(), "--store", store.toString(), "--no-nlp");
            assertEquals(ExitCodes.STORE_UNAVAILABLE, second.exitCode());
            assertTrue(second.err().contains("in use"), second.err());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        CliRun missing = CliRun.of("export", "--store", dir.resolve("nothing").toString(), "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.STORE_UNAVAILABLE, missing.exitCode());
        assertTrue(missing.err().contains("not an echotrace store"), missing.err());
    }
}
