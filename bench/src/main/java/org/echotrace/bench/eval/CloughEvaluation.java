package org.echotrace.bench.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.echotrace.Progress;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.Json;
import org.echotrace.bench.TempFiles;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoreConfig;
import org.echotrace.story.StorySettings;

/**
 * Runs the detector on the Clough-Stevenson corpus of short answers: each answer against the Wikipedia
 * source of its task. An answer counts as detected when the detector reports a pair at all (at least one
 * passage of minWords shared words). Reports, per category, the share detected: recall for cut, light and
 * heavy (copied, lightly and heavily rewritten) and the false-positive rate for non (written independently).
 */
public final class CloughEvaluation {

    public record Result(int answers, Map<String, Integer> answersPerCategory, double cutRecall,
                         double lightRecall, double heavyRecall, double nonFalsePositiveRate,
                         ReuseSettings settings) {
        public String toJson() {
            return Json.of(this);
        }
    }

    /** Says whether an answer is reported as reusing its task's source. */
    @FunctionalInterface
    public interface Judge {
        boolean reuses(Document answer, Document source) throws IOException;
    }

    private final ReuseSettings settings;

    public CloughEvaluation(ReuseSettings settings) {
        this.settings = settings;
    }

    /** Each answer aligned with its source by the batch detector, as {@code analyze} does. */
    public Result evaluate(Path folder) throws IOException {
        ReuseDetector detector = new ReuseDetector(settings);
        return evaluate(folder, (answer, source) -> !detector.detect(List.of(answer, source), Progress.NONE).isEmpty());
    }

    /**
     * Each answer checked against a store holding the four sources, as a newsroom checks a new text: the
     * store finds candidates by its (winnowed) fingerprints before aligning, so this tells what that costs.
     */
    public Result evaluateAgainstStore(Path folder) throws IOException {
        Path dir = Files.createTempDirectory("echotrace-clough-store");
        try (ArticleStore store = ArticleStore.openForWriting(dir, StoreConfig.of(settings, StorySettings.DEFAULTS))) {
            for (Path source : sources(folder)) {
                store.add(Document.of(sourceId(source), read(source)), null);
            }
            store.commit();
            return evaluate(folder, (answer, source) -> store.check(answer).reuse().stream()
                    .anyMatch(pair -> pair.a().equals(source.id()) || pair.b().equals(source.id())));
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    private Result evaluate(Path folder, Judge judge) throws IOException {
        Map<String, Integer> total = new TreeMap<>();
        Map<String, Integer> detected = new TreeMap<>();
        List<String> rows = Files.readAllLines(folder.resolve("file_information.csv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.trim().split(",");
            if (f.length < 3 || f[2].equals("orig")) {
                continue;
            }
            String category = f[2].trim();
            Document answer = Document.of(f[0], read(folder.resolve(f[0])));
            Path sourceFile = folder.resolve("orig_task" + f[1].trim() + ".txt");
            boolean found = judge.reuses(answer, Document.of(sourceId(sourceFile), read(sourceFile)));
            total.merge(category, 1, Integer::sum);
            detected.merge(category, found ? 1 : 0, Integer::sum);
        }
        return new Result(total.values().stream().mapToInt(Integer::intValue).sum(), total,
                share(detected, total, "cut"), share(detected, total, "light"), share(detected, total, "heavy"),
                share(detected, total, "non"), settings);
    }

    private static List<Path> sources(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("orig_task.*\\.txt")).sorted().toList();
        }
    }

    private static String sourceId(Path sourceFile) {
        return sourceFile.getFileName().toString().replace(".txt", "");
    }

    private static double share(Map<String, Integer> detected, Map<String, Integer> total, String category) {
        int n = total.getOrDefault(category, 0);
        return n == 0 ? 0 : (double) detected.getOrDefault(category, 0) / n;
    }

    /** UTF-8 when the bytes are valid UTF-8, else windows-1252 (some answers were typed on Windows). */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * {@code CloughEvaluation [folder] [ngram minWords maxDf] [--store]}: prints the result as one JSON line;
     * with {@code --store}, of checks against a store instead of the batch detector.
     */
    public static void main(String[] args) throws IOException {
        List<String> positional = java.util.Arrays.stream(args).filter(a -> !a.equals("--store")).toList();
        Path folder = positional.size() > 0 ? Path.of(positional.get(0)) : DataPaths.require("clough-stevenson");
        ReuseSettings settings = positional.size() > 3
                ? new ReuseSettings(Integer.parseInt(positional.get(1)), Integer.parseInt(positional.get(2)),
                        Integer.parseInt(positional.get(3)))
                : ReuseSettings.DEFAULTS;
        CloughEvaluation evaluation = new CloughEvaluation(settings);
        boolean store = positional.size() < args.length;
        System.out.println((store ? evaluation.evaluateAgainstStore(folder) : evaluation.evaluate(folder)).toJson());
    }
}
