package org.echotrace.bench.resources;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.echotrace.bench.ptc.PtcCorpus;
import org.echotrace.domain.Span;
import org.echotrace.text.Stopwords;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Builds nlp's evaluative vocabulary ({@code org/echotrace/nlp/evaluative-words.tsv}): words that the
 * Propaganda Techniques Corpus annotators often marked as name calling or loaded language. For each word
 * of the corpus's vocabulary part (never the held-out part, never any report echotrace is run on): how
 * often it stands inside such a span, and how often at all. A word is kept when at least
 * {@value #MIN_RATE} of its occurrences are inside a span and it occurs at least {@value #MIN_COUNT} times;
 * function words are never kept.
 *
 * <p>Run: {@code java -cp ... org.echotrace.bench.resources.EvaluativeVocabulary OUT.tsv PTC_DIR}
 * (see docs/evaluation.md).
 */
public final class EvaluativeVocabulary {

    static final double MIN_RATE = 0.15;
    static final int MIN_COUNT = 2;

    private EvaluativeVocabulary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EvaluativeVocabulary OUT.tsv PTC_DIR");
            System.exit(2);
        }
        Map<String, int[]> counts = new TreeMap<>();
        int articles = 0;
        for (PtcCorpus.Article article : PtcCorpus.read(Path.of(args[1]), 0)) {
            if (PtcCorpus.isVocabularyPart(article.id())) {
                count(article, counts);
                articles++;
            }
        }
        int kept = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            out.write("#word\tin_label_spans\toccurrences\t(PTC vocabulary part: " + articles + " articles)\n");
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int inside = e.getValue()[0];
                int all = e.getValue()[1];
                if (keep(e.getKey(), inside, all)) {
                    out.write(e.getKey() + "\t" + inside + "\t" + all + "\n");
                    kept++;
                }
            }
        }
        System.out.println(articles + " articles, " + kept + " evaluative words");
    }

    private static void count(PtcCorpus.Article article, Map<String, int[]> counts) {
        TokenizedText words = WordTokenizer.tokenize(article.text());
        List<Span> labels = article.labels();
        for (int w = 0; w < words.size(); w++) {
            Span word = new Span(words.start(w), words.end(w));
            int[] c = counts.computeIfAbsent(words.term(w), k -> new int[2]);
            c[0] += labels.stream().anyMatch(word::overlaps) ? 1 : 0;
            c[1]++;
        }
    }

    static boolean keep(String word, int inside, int all) {
        return all >= MIN_COUNT && inside >= MIN_RATE * all && inside > 0 && !Stopwords.isStopword(word)
                && word.length() >= 3 && word.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }
}
