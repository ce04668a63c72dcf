package org.echotrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.echotrace.Progress;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Report;
import org.echotrace.domain.Story;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.IngestResult;
import org.echotrace.ingest.Ingester;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;
import org.echotrace.report.ReportJson;
import org.echotrace.story.StorySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optional language stage on the example: each document's attributions are those {@code analyze} finds
 * (parsing is per document), and each story's entities are linked within the story.
 */
class TestSparkLanguage {

    private static final Path EXAMPLE = Path.of("..", "examples", "mko-relocation-2023");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("test")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void storiesGetTheAttributionsAndEntitiesOfTheirDocuments() {
        JobSettings settings = JobSettings.defaults(4);
        ReuseJob.Result result = new ReuseJob(settings).run(spark, List.of(EXAMPLE.toString()));
        LanguageLayer.Tables tables = LanguageLayer.build(result.documents(), result.pairs(), result.stories(),
                new CoreNlpAnalyzers(null), settings);

        IngestResult read = new Ingester(IngestOptions.defaults()).read(List.of(EXAMPLE.toString()), null, Progress.NONE);
        Report batch = new AnalysisPipeline(ReuseSettings.DEFAULTS, StorySettings.DEFAULTS)
                .withLanguage(new CoreNlpLanguageAnalyzer(Parser.uncached()), 2)
                .analyze(read.documents(), read.problems(), Progress.NONE);

        List<JsonNode> attributions = tables.attributions().collect().stream().map(TestSparkLanguage::tree).toList();
        assertFalse(attributions.isEmpty());
        assertEquals(batch.attributions().stream().map(TestSparkLanguage::spans).collect(Collectors.toSet()),
                attributions.stream().map(TestSparkLanguage::spans).collect(Collectors.toSet()));

        Map<String, Set<String>> storyDocuments = new HashMap<>();
        result.stories().collect().forEach(json -> {
            Story story = EncodedDocument.fromJson(json, Story.class);
            storyDocuments.put(story.id(), new HashSet<>(story.documents()));
        });
        List<JsonNode> entities = tables.entities().collect().stream().map(TestSparkLanguage::tree).toList();
        assertFalse(entities.isEmpty());
        for (JsonNode entity : entities) {
            Set<String> members = storyDocuments.get(entity.get("story").asText());
            entity.get("mentions").forEach(m -> assertTrue(members.contains(m.get("document").asText()),
                    entity.get("name") + " mentioned outside its story"));
        }
        assertFalse(tables.timeline().collect().isEmpty());
    }

    private static String spans(Attribution a) {
        return a.document() + " " + a.cue().start() + "-" + a.cue().end() + " " + a.content().start() + "-" + a.content().end();
    }

    private static String spans(JsonNode a) {
        return a.get("document").asText() + " " + a.at("/cue/start").asInt() + "-" + a.at("/cue/end").asInt() + " "
                + a.at("/content/start").asInt() + "-" + a.at("/content/end").asInt();
    }

    private static JsonNode tree(String json) {
        try {
            return ReportJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
