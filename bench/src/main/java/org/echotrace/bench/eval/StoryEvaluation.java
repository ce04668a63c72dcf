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
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StorySettings;

/**
 * How well story clustering groups texts about one subject, on the Clough-Stevenson corpus: all answers and
 * sources of all tasks are clustered together, and each task is one gold group. Scored as pairwise
 * precision and recall (of the pairs put in one story, how many share a task; of the pairs that share a
 * task, how many were put in one story).
 */
public final class StoryEvaluation {

    public record Result(int documents, int goldGroups, int stories, double pairPrecision, double pairRecall,
                         double pairF1, double minSimilarity) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private final StorySettings settings;

    public StoryEvaluation(StorySettings settings) {
        this.settings = settings;
    }

    public Result evaluate(Path folder) throws IOException {
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
        List<ReusePair> reuse = new ReuseDetector(AnalysisSettings.DEFAULTS).detect(documents, Progress.NONE);
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
                boolean gold = task.get(a).equals(task.get(b));
                boolean predicted = storyOf.get(a).equals(storyOf.get(b));
                sameTask += gold ? 1 : 0;
                together += predicted ? 1 : 0;
                togetherAndSameTask += gold && predicted ? 1 : 0;
            }
        }
        double precision = together == 0 ? 1 : (double) togetherAndSameTask / together;
        double recall = sameTask == 0 ? 1 : (double) togetherAndSameTask / sameTask;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(documents.size(), (int) task.values().stream().distinct().count(), stories.size(),
                precision, recall, f1, settings.minSimilarity());
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
