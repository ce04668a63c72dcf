package org.echotrace.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.Progress;
import org.echotrace.bench.Json;
import org.echotrace.claims.ClaimSettings;
import org.echotrace.claims.SentenceEmbedder;
import org.echotrace.claims.StatementMatcher;
import org.echotrace.claims.StatementReader;
import org.echotrace.domain.Document;
import org.echotrace.domain.Statement;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.language.LanguageStage;

/**
 * Claim matching on Clough-Stevenson: each answer's statements against its task's Wikipedia source. A
 * statement of a light or heavy rewrite that matches a source statement is a true positive, one that does
 * not a miss; a statement of an independently written answer (non) that matches is a false positive (the
 * answers are on the same subject, so this is the hard case). Also per answer: linked as a paraphrase when
 * at least K of its statements match (K = 1..8). Scores the given settings and a grid around them, the
 * data the defaults were chosen on.
 */
public final class CloughClaimEvaluation {

    private static final List<String> CATEGORIES = List.of("cut", "light", "heavy", "non");

    /** Statement-level scores of one setting, and the answer-level share linked at each K. */
    public record Scores(double cosine, double containment, double precision, double recall, double f1,
                         Map<String, Double> matchedPerCategory, Map<String, List<Double>> linkedAtK) {
    }

    /**
     * @param claims     the scores of the claim grouping threshold
     * @param paraphrase the scores of the paraphrase evidence threshold, with the share of answers linked at
     *                   each K
     * @param best       the setting of the grid with the best statement-level F1
     */
    public record Result(int answers, Map<String, Integer> statementsPerCategory, Scores claims, Scores paraphrase,
                         Scores best, List<Scores> grid) {
        public String toJson() {
            return Json.of(this);
        }
    }

    /** One answer's statements, each with its comparisons to every source statement. */
    private record Answer(String category, List<List<StatementMatcher.Match>> comparisons) {
    }

    private final LanguageAnalyzer analyzer;
    private final SentenceEmbedder embedder;
    private final ClaimSettings settings;
    private final int threads;

    public CloughClaimEvaluation(LanguageAnalyzer analyzer, SentenceEmbedder embedder, ClaimSettings settings,
                                 int threads) {
        this.analyzer = analyzer;
        this.embedder = embedder;
        this.settings = settings;
        this.threads = threads;
    }

    public Result evaluate(Path folder) throws IOException {
        Map<String, String> categoryOf = new LinkedHashMap<>();
        Map<String, String> taskOf = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(folder.resolve("file_information.csv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.trim().split(",");
            if (f.length >= 3 && CATEGORIES.contains(f[2].trim())) {
                categoryOf.put(f[0].trim(), f[2].trim());
                taskOf.put(f[0].trim(), "orig_task" + f[1].trim() + ".txt");
            }
        }
        Map<String, List<Statement>> statements = statements(folder, categoryOf.keySet(), taskOf.values());
        List<Answer> answers = new ArrayList<>();
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        for (var e : categoryOf.entrySet()) {
            List<Statement> answer = statements.get(e.getKey());
            answers.add(compare(e.getValue(), answer, statements.get(taskOf.get(e.getKey()))));
            perCategory.merge(e.getValue(), answer.size(), Integer::sum);
        }
        List<Scores> grid = new ArrayList<>();
        for (double cosine = 0.50; cosine < 0.951; cosine += 0.05) {
            for (double containment : new double[] {0.6, 0.7, 0.8, 0.9, 1.0}) {
                grid.add(score(answers, round(cosine), containment));
            }
        }
        Scores best = grid.stream().max((a, b) -> Double.compare(a.f1(), b.f1())).orElseThrow();
        return new Result(answers.size(), perCategory, score(answers, settings.cosine(), settings.containment()),
                score(answers, settings.paraphraseCosine(), settings.containment()), best, grid);
    }

    private Map<String, List<Statement>> statements(Path folder, Iterable<String> answers, Iterable<String> sources)
            throws IOException {
        List<Document> documents = new ArrayList<>();
        for (String name : answers) {
            documents.add(Document.of(name, CloughEvaluation.read(folder.resolve(name))));
        }
        for (String name : new java.util.TreeSet<>((java.util.Collection<String>) toList(sources))) {
            documents.add(Document.of(name, CloughEvaluation.read(folder.resolve(name))));
        }
        List<DocumentLanguage> languages = new LanguageStage(analyzer, d -> null, threads).run(documents, Progress.NONE)
                .languages();
        StatementReader reader = new StatementReader(List.of());
        Map<String, List<Statement>> statements = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            statements.put(documents.get(i).id(), reader.read(documents.get(i), languages.get(i)));
        }
        return statements;
    }

    private static List<String> toList(Iterable<String> items) {
        List<String> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private Answer compare(String category, List<Statement> answer, List<Statement> source) {
        List<Statement> both = new ArrayList<>(answer);
        both.addAll(source);
        StatementMatcher matcher = new StatementMatcher(settings, both,
                embedder.embed(both.stream().map(Statement::text).toList()));
        List<List<StatementMatcher.Match>> comparisons = new ArrayList<>();
        for (int i = 0; i < answer.size(); i++) {
            List<StatementMatcher.Match> row = new ArrayList<>();
            for (int j = answer.size(); j < both.size(); j++) {
                row.add(matcher.compare(i, j));
            }
            comparisons.add(row);
        }
        return new Answer(category, comparisons);
    }

    private static Scores score(List<Answer> answers, double cosine, double containment) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<int[]>> linked = new LinkedHashMap<>();
        for (Answer a : answers) {
            int matched = (int) a.comparisons().stream().filter(row -> row.stream()
                    .anyMatch(m -> m.cosine() >= cosine || m.containment() >= containment)).count();
            int[] c = counts.computeIfAbsent(a.category(), k -> new int[2]);
            c[0] += matched;
            c[1] += a.comparisons().size();
            List<int[]> atK = linked.computeIfAbsent(a.category(), k -> new ArrayList<>());
            for (int k = 1; k <= 8; k++) {
                if (atK.size() < k) {
                    atK.add(new int[2]);
                }
                atK.get(k - 1)[0] += matched >= k ? 1 : 0;
                atK.get(k - 1)[1]++;
            }
        }
        int tp = counts.getOrDefault("light", new int[2])[0] + counts.getOrDefault("heavy", new int[2])[0];
        int positives = counts.getOrDefault("light", new int[2])[1] + counts.getOrDefault("heavy", new int[2])[1];
        int fp = counts.getOrDefault("non", new int[2])[0];
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = positives == 0 ? 0 : (double) tp / positives;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Map<String, Double> matchedShare = new LinkedHashMap<>();
        counts.forEach((k, c) -> matchedShare.put(k, round((double) c[0] / Math.max(1, c[1]))));
        Map<String, List<Double>> linkedShare = new LinkedHashMap<>();
        linked.forEach((k, l) -> linkedShare.put(k, l.stream().map(c -> round((double) c[0] / c[1])).toList()));
        return new Scores(cosine, containment, round(precision), round(recall), round(f1), matchedShare, linkedShare);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
