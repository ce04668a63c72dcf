package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.cli.ExitCodes;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Claim;
import org.echotrace.domain.ConflictKind;
import org.echotrace.domain.Entity;
import org.echotrace.domain.Report;
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
                "--cache", cache());
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
        CliRun report = CliRun.of("report", "--store", store.toString(), "--story", storyId, "--out", out.toString());
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

    /**
     * The report of the stored relocation story is analyze's for the same articles: run on the story's four
     * articles, analyze writes the same report.json but for the generator line (ids and all). Run on all
     * five, analyze gives the story the same title, summary and attributions, and the same claims but for
     * their ids (numbered across all its stories), entity ids and attribution indexes (numbered across all
     * five articles) and conflicts: those compare the places and actors of each statement through the
     * entities merged over every article read, and the fifth report changes them (it names the United
     * States in full, so the entity "US" of the four is "United States" among five, with other mentions).
     */
    @Test
    void theStoredStorysReportIsWhatAnalyzeGivesForTheSameArticles() throws Exception {
        Story relocation;
        try (ArticleStore reader = ArticleStore.openForReading(store)) {
            relocation = reader.stories(0, 10).stream().max(java.util.Comparator.comparingInt(s -> s.documents().size()))
                    .orElseThrow();
        }
        Path out = dir.resolve("relocation");
        CliRun report = CliRun.of("report", "--store", store.toString(), "--story", relocation.id(), "--out", out.toString());
        assertEquals(ExitCodes.OK, report.exitCode(), report.err());
        Report stored = ReportJson.read(out.resolve("report.json"));

        List<String> members = new ArrayList<>(relocation.documents().stream()
                .map(id -> TestAnalyzeCommand.EXAMPLE.resolve(id + ".txt").toString()).toList());
        Path four = analyze("four", members);
        assertEquals(withoutGenerator(four.resolve("report.json")), withoutGenerator(out.resolve("report.json")));

        Report all = ReportJson.read(analyze("five", List.of(TestAnalyzeCommand.EXAMPLE.toString())).resolve("report.json"));
        Story expected = all.stories().stream().filter(s -> s.documents().equals(relocation.documents())).findFirst()
                .orElseThrow(() -> new AssertionError("analyze has no story of " + relocation.documents()));
        Story got = stored.stories().get(0);
        assertEquals(expected.title(), got.title());
        assertEquals(expected.summary(), got.summary());
        assertTrue(got.summary().sentences().stream().anyMatch(s -> s.contains("rest on one anonymous source")),
                got.summary().toString());
        assertEquals(comparableClaims(all, expected.id()), comparableClaims(stored, got.id()));
        assertEquals(comparableAttributions(all, expected.documents()), comparableAttributions(stored, got.documents()));
    }

    /** The folder analyze wrote its report of {@code paths} into. */
    private static Path analyze(String name, List<String> paths) {
        Path out = dir.resolve("analyzed-" + name);
        List<String> args = new ArrayList<>(List.of("analyze", "--out", out.toString(), "--quiet", "--cache", cache()));
        args.addAll(paths);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return out;
    }

    private static JsonNode withoutGenerator(Path reportJson) throws java.io.IOException {
        ObjectNode json = (ObjectNode) ReportJson.mapper().readTree(reportJson.toFile());
        json.remove("generator");
        return json;
    }

    /** A story's claims without their ids, story and conflicts, entities by name, attributions by their cue. */
    private static List<JsonNode> comparableClaims(Report report, String story) {
        List<JsonNode> claims = new ArrayList<>();
        for (Claim claim : report.claims()) {
            if (claim.story().equals(story)) {
                ObjectNode json = ReportJson.mapper().valueToTree(claim);
                json.remove(List.of("id", "story", "conflicts"));
                json.get("sources").forEach(source -> named(report, (ObjectNode) source));
                json.get("statements").forEach(statement -> {
                    JsonNode index = statement.get("attribution");
                    if (index != null && !index.isNull()) {
                        Attribution a = report.attributions().get(index.asInt());
                        ((ObjectNode) statement).put("attribution", a.document() + "@" + a.cue().start());
                    }
                });
                claims.add(json);
            }
        }
        return claims;
    }

    /** The attributions of these documents, their sources' entities by name. */
    private static List<JsonNode> comparableAttributions(Report report, List<String> documents) {
        return report.attributions().stream().filter(a -> documents.contains(a.document())).map(a -> {
            ObjectNode json = ReportJson.mapper().valueToTree(a);
            if (json.get("source") instanceof ObjectNode source) {
                named(report, source);
            }
            return (JsonNode) json;
        }).toList();
    }

    private static void named(Report report, ObjectNode source) {
        JsonNode entity = source.get("entity");
        if (entity != null && !entity.isNull()) {
            source.put("entity", report.entities().stream().filter(e -> e.id().equals(entity.asText()))
                    .map(Entity::name).findFirst().orElse("?" + entity.asText()));
        }
    }

    private static String cache() {
        return System.getProperty("echotrace.cache", dir.resolve("parses").toString());
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
