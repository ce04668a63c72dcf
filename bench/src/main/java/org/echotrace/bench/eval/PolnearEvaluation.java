package org.echotrace.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.echotrace.attribution.AttributionExtractor;
import org.echotrace.bench.Json;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;

/**
 * Scores an {@link AttributionExtractor} against PolNeAR's brat gold ({@code text/NAME.txt},
 * {@code attributions/NAME_ANNOTATOR.ann}). Texts are given to the extractor as they are (no cleaning), so
 * offsets compare directly. An article with several annotators is scored against each annotator's file and
 * the counts averaged, so every article weighs the same.
 */
public final class PolnearEvaluation {

    public record Scores(SpanScore.PrecisionRecall exact, SpanScore.PrecisionRecall overlap) {
    }

    public record Result(int documents, Scores cue, Scores source, Scores content) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private final AttributionExtractor extractor;

    public PolnearEvaluation(AttributionExtractor extractor) {
        this.extractor = extractor;
    }

    public Result evaluate(Path folder, int limit) throws IOException {
        return evaluate(folder, limit, article -> true);
    }

    /** Scores the articles whose names pass {@code articles} (a fold of train held out from learning). */
    public Result evaluate(Path folder, int limit, java.util.function.Predicate<String> articles) throws IOException {
        Map<String, List<Path>> annotationsByArticle = annotationsByArticle(folder.resolve("attributions"));
        Map<BratAttributions.Role, SpanScore> scores = new EnumMap<>(BratAttributions.Role.class);
        for (BratAttributions.Role role : BratAttributions.Role.values()) {
            scores.put(role, new SpanScore());
        }
        int documents = 0;
        for (Map.Entry<String, List<Path>> article : annotationsByArticle.entrySet()) {
            if (limit > 0 && documents == limit) {
                break;
            }
            Path textFile = folder.resolve("text").resolve(article.getKey() + ".txt");
            if (!Files.isRegularFile(textFile) || !articles.test(article.getKey())) {
                continue;
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            List<Attribution> predicted = extractor.extract(Document.of(article.getKey(), text));
            double weight = 1.0 / article.getValue().size();
            for (Path ann : article.getValue()) {
                BratAttributions gold = BratAttributions.read(ann);
                for (BratAttributions.Role role : BratAttributions.Role.values()) {
                    scores.get(role).add(spansOf(predicted, role), gold.of(role), weight);
                }
            }
            documents++;
        }
        return new Result(documents, scoresOf(scores.get(BratAttributions.Role.CUE)),
                scoresOf(scores.get(BratAttributions.Role.SOURCE)), scoresOf(scores.get(BratAttributions.Role.CONTENT)));
    }

    private static Scores scoresOf(SpanScore score) {
        return new Scores(score.exact(), score.overlap());
    }

    private static List<List<Span>> spansOf(List<Attribution> attributions, BratAttributions.Role role) {
        List<List<Span>> spans = new ArrayList<>();
        for (Attribution a : attributions) {
            switch (role) {
                case CUE -> spans.add(List.of(a.cue().span()));
                case CONTENT -> spans.add(List.of(a.content().span()));
                case SOURCE -> {
                    if (a.source() != null) {
                        spans.add(List.of(new Span(a.source().start(), a.source().end())));
                    }
                }
            }
        }
        return spans;
    }

    /** {@code NAME_ANNOTATOR.ann} files grouped by NAME, in name order. */
    static Map<String, List<Path>> annotationsByArticle(Path folder) throws IOException {
        Map<String, List<Path>> byArticle = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                String article = name.substring(0, name.lastIndexOf('_'));
                byArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(p);
            });
        }
        return byArticle;
    }
}
