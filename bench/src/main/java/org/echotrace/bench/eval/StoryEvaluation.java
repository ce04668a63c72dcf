package org.echotrace.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.Progress;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.Json;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StorySettings;

/**
 * How well story clustering groups texts about one subject or event. On the Clough-Stevenson corpus all
 * answers and sources of all tasks are clustered together, and each task is one gold group; on a JSON Lines
 * corpus with a {@code gold.json} ({@code {id: event}}, as ECB+), each event is one. Scored as pairwise
 * precision and recall (of the pairs put in one story, how many share a gold group; of the pairs that share
 * one, how many were put in one story) and B-cubed (per document, the share of its story in its gold group
 * and of its gold group in its story, averaged).
 */
public final class StoryEvaluation {

    public record Result(int documents, int goldGroups, int stories, double pairPrecision, double pairRecall,
                         double pairF1, double bcubedPrecision, double bcubedRecall, double bcubedF1,
                         double minSimilarity) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private static final String GOLD = "gold.json";

    private final StorySettings settings;

    public StoryEvaluation(StorySettings settings) {
        this.settings = settings;
    }

    /** A Clough-Stevenson folder, or a folder holding one JSON Lines corpus and its {@code gold.json}. */
    public Result evaluate(Path folder) throws IOException {
        if (Files.exists(folder.resolve(GOLD))) {
            return evaluateWithGold(folder);
        }
        List<Document> documents = new ArrayList<>();
        Map<String, String> task = new HashMap<>();
        List<String> rows = Files.readAllLines(folder.resolve("file_information.csv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.trim().split(",");
            if (f.length >= 3) {
                String id = f[0].replace(".txt", "");
                documents.add(Document.of(id, CloughEvaluation.read(folder.resolve(f[0]))));
                task.put(id, f[1].trim());
            }
        }
        return score(documents, task);
    }

    private Result evaluateWithGold(Path folder) throws IOException {
        Map<String, String> gold = new HashMap<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve(GOLD).toFile()).fields()
                .forEachRemaining(e -> gold.put(e.getKey(), e.getValue().asText()));
        List<String> corpora;
        try (var files = Files.list(folder)) {
            corpora = files.filter(f -> f.toString().endsWith(".jsonl")).map(Path::toString).sorted().toList();
        }
        List<Document> documents = new Ingester(IngestOptions.defaults()).read(corpora, null, Progress.NONE)
                .documents().stream().filter(d -> gold.containsKey(d.id())).toList();
        return score(documents, gold);
    }

    private Result score(List<Document> documents, Map<String, String> gold) {
        List<ReusePair> reuse = new ReuseDetector(ReuseSettings.DEFAULTS).detect(documents, Progress.NONE);
        List<Story> stories = new StoryClusterer(settings).cluster(documents, reuse);
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.documents().forEach(d -> storyOf.put(d, s.id())));
        long together = 0;
        long togetherAndSameTask = 0;
        long sameTask = 0;
        for (int i = 0; i < documents.size(); i++) {
            for (int j = i + 1; j < documents.size(); j++) {
                String a = documents.get(i).id();
                String b = documents.get(j).id();
                boolean same = gold.get(a).equals(gold.get(b));
                boolean predicted = storyOf.get(a).equals(storyOf.get(b));
                sameTask += same ? 1 : 0;
                together += predicted ? 1 : 0;
                togetherAndSameTask += same && predicted ? 1 : 0;
            }
        }
        double precision = together == 0 ? 1 : (double) togetherAndSameTask / together;
        double recall = sameTask == 0 ? 1 : (double) togetherAndSameTask / sameTask;
        double[] bcubed = bcubed(documents, gold, storyOf);
        return new Result(documents.size(), (int) documents.stream().map(d -> gold.get(d.id())).distinct().count(),
                stories.size(), precision, recall, f1(precision, recall), bcubed[0], bcubed[1],
                f1(bcubed[0], bcubed[1]), settings.minSimilarity());
    }

    /** B-cubed precision and recall (Bagga and Baldwin 1998), each document's shares averaged. */
    private static double[] bcubed(List<Document> documents, Map<String, String> gold, Map<String, String> storyOf) {
        Map<String, Integer> inGold = new HashMap<>();
        Map<String, Integer> inStory = new HashMap<>();
        Map<String, Integer> inBoth = new HashMap<>();
        for (Document d : documents) {
            inGold.merge(gold.get(d.id()), 1, Integer::sum);
            inStory.merge(storyOf.get(d.id()), 1, Integer::sum);
            inBoth.merge(gold.get(d.id()) + "\u0000" + storyOf.get(d.id()), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (Document d : documents) {
            int both = inBoth.get(gold.get(d.id()) + "\u0000" + storyOf.get(d.id()));
            precision += (double) both / inStory.get(storyOf.get(d.id()));
            recall += (double) both / inGold.get(gold.get(d.id()));
        }
        return new double[] {precision / documents.size(), recall / documents.size()};
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@code StoryEvaluation [folder] [minSimilarity...]}: one JSON line per threshold. */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : DataPaths.require("clough-stevenson");
        List<Double> thresholds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            thresholds.add(Double.parseDouble(args[i]));
        }
        if (thresholds.isEmpty()) {
            thresholds.add(StorySettings.DEFAULTS.minSimilarity());
        }
        for (double t : thresholds) {
            StorySettings s = new StorySettings(t, StorySettings.DEFAULTS.reuseCoverage(), StorySettings.DEFAULTS.maxDaysApart());
            System.out.println(new StoryEvaluation(s).evaluate(folder).toJson());
        }
    }
}
