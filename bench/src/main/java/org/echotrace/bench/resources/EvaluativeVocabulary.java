package org.echotrace.bench.resources;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.echotrace.bench.ptc.PtcCorpus;
import org.echotrace.domain.Span;
import org.echotrace.text.Stopwords;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Builds nlp's evaluative vocabulary ({@code org/echotrace/nlp/evaluative-words.tsv}): words that the
 * Propaganda Techniques Corpus annotators often marked as name calling or loaded language. For each word
 * of the corpus's vocabulary part (never the held-out part, never any report echotrace is run on): how
 * often it stands inside such a span, how often at all, and in how many articles it was marked at least once
 * (nlp reads that last column as the annotators' agreement across articles: one annotator marking one word again
 * and again in one article is weak evidence). A word is kept when at least
 * {@value #MIN_RATE} of its occurrences are inside a span and it occurs at least {@value #MIN_COUNT} times;
 * function words are never kept. It also writes {@code unmarked-words.tsv}: words seen at least
 * {@value #UNMARKED_MIN_COUNT} times and inside a span less than {@value #UNMARKED_MAX_RATE} of the time, which
 * nlp keeps out of MPQA's matches. The committed copy keeps only the words an MPQA clue matches (the veto
 * acts on no other; the whole vocabulary named every actor PTC's articles name): filter a rebuilt file so too.
 *
 * <p>Run: {@code java -cp ... org.echotrace.bench.resources.EvaluativeVocabulary EVALUATIVE.tsv UNMARKED.tsv PTC_DIR}
 * (see docs/evaluation.md).
 */
public final class EvaluativeVocabulary {

    static final double MIN_RATE = 0.15;
    static final int MIN_COUNT = 2;
    /** Rarely marked: seen at least this often, inside a span less than this share of the time (see rarelyMarked). */
    static final int UNMARKED_MIN_COUNT = 5;
    static final double UNMARKED_MAX_RATE = 0.1;

    private EvaluativeVocabulary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: EvaluativeVocabulary EVALUATIVE.tsv UNMARKED.tsv PTC_DIR");
            System.exit(2);
        }
        build(PtcCorpus::isVocabularyPart, "PTC vocabulary part", Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    }

    /** Counts the words of the articles {@code part} accepts and writes both lists. */
    public static void build(Predicate<String> part, String partName, Path evaluative, Path unmarked, Path ptc)
            throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        int articles = 0;
        for (PtcCorpus.Article article : PtcCorpus.read(ptc, 0)) {
            if (part.test(article.id())) {
                count(article, counts);
                articles++;
            }
        }
        String counted = "(" + partName + ": " + articles + " articles)\n";
        int kept = write(evaluative, "#word\tin_label_spans\toccurrences\tmarked_articles\t" + counted, counts,
                EvaluativeVocabulary::keep, true);
        // the unmarked list stays at three columns: nlp reads only its words, and its committed copy is filtered
        int rare = write(unmarked, "#word\tin_label_spans\toccurrences\t" + counted, counts,
                EvaluativeVocabulary::rarelyMarked, false);
        System.out.println(articles + " articles, " + kept + " evaluative words, " + rare + " rarely marked words");
    }

    private interface Rule {
        boolean test(String word, int inside, int all);
    }

    private static int write(Path file, String header, Map<String, int[]> counts, Rule rule, boolean articles)
            throws IOException {
        int kept = 0;
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                if (rule.test(e.getKey(), e.getValue()[0], e.getValue()[1])) {
                    int[] c = e.getValue();
                    out.write(e.getKey() + "\t" + c[0] + "\t" + c[1] + (articles ? "\t" + c[2] : "") + "\n");
                    kept++;
                }
            }
        }
        return kept;
    }

    /** Adds one article's counts: per word, {inside a span, occurrences, articles where it was inside one}. */
    static void count(PtcCorpus.Article article, Map<String, int[]> counts) {
        TokenizedText words = WordTokenizer.tokenize(article.text());
        List<Span> labels = article.labels();
        Set<String> markedHere = new HashSet<>();
        for (int w = 0; w < words.size(); w++) {
            Span word = new Span(words.start(w), words.end(w));
            int[] c = counts.computeIfAbsent(words.term(w), k -> new int[3]);
            boolean marked = labels.stream().anyMatch(word::overlaps);
            c[0] += marked ? 1 : 0;
            c[1]++;
            if (marked && markedHere.add(words.term(w))) {
                c[2]++;
            }
        }
    }

    /**
     * Words the annotators saw often and hardly ever marked ("serious", "critical", "concerned"): evidence that a
     * general lexicon's clue is not loaded language in news. Kept out of the other lexicons' matches.
     */
    static boolean rarelyMarked(String word, int inside, int all) {
        return all >= UNMARKED_MIN_COUNT && inside < UNMARKED_MAX_RATE * all && isWord(word);
    }

    static boolean keep(String word, int inside, int all) {
        return all >= MIN_COUNT && inside >= MIN_RATE * all && inside > 0 && isWord(word);
    }

    private static boolean isWord(String word) {
        return !Stopwords.isStopword(word) && word.length() >= 3
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }
}
