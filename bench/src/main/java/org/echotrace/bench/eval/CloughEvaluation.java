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
import org.echotrace.Progress;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.Json;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Document;
import org.echotrace.reuse.ReuseDetector;

/**
 * Runs the detector on the Clough-Stevenson corpus of short answers: each answer against the Wikipedia
 * source of its task. An answer counts as detected when the detector reports a pair at all (at least one
 * passage of minWords shared words). Reports, per category, the share detected: recall for cut, light and
 * heavy (copied, lightly and heavily rewritten) and the false-positive rate for non (written independently).
 */
public final class CloughEvaluation {

    public record Result(int answers, Map<String, Integer> answersPerCategory, double cutRecall,
                         double lightRecall, double heavyRecall, double nonFalsePositiveRate,
                         AnalysisSettings settings) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private final AnalysisSettings settings;

    public CloughEvaluation(AnalysisSettings settings) {
        this.settings = settings;
    }

    public Result evaluate(Path folder) throws IOException {
        ReuseDetector detector = new ReuseDetector(settings);
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
            Document source = Document.of("orig_task" + f[1], read(folder.resolve("orig_task" + f[1].trim() + ".txt")));
            boolean found = !detector.detect(List.of(answer, source), Progress.NONE).isEmpty();
            total.merge(category, 1, Integer::sum);
            detected.merge(category, found ? 1 : 0, Integer::sum);
        }
        return new Result(total.values().stream().mapToInt(Integer::intValue).sum(), total,
                share(detected, total, "cut"), share(detected, total, "light"), share(detected, total, "heavy"),
                share(detected, total, "non"), settings);
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

    /** {@code CloughEvaluation [folder] [ngram minWords maxDf]}: prints the result as one JSON line. */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : DataPaths.require("clough-stevenson");
        AnalysisSettings settings = args.length > 3
                ? new AnalysisSettings(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                : AnalysisSettings.DEFAULTS;
        System.out.println(new CloughEvaluation(settings).evaluate(folder).toJson());
    }
}
