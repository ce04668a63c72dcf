package org.echotrace.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Winnowing on real articles: how much it keeps, and its guarantee for passages pasted into other text. */
class TestWinnowing {

    private static final int NGRAM = 5;
    private static final int WINDOW = 3;
    private static List<Document> articles;

    @BeforeAll
    static void readExample() {
        articles = new Ingester(IngestOptions.defaults())
                .read(List.of("../examples/mko-relocation-2023"), null, Progress.NONE).documents();
    }

    @Test
    void keepsAboutTwoInWindowPlusOneOfAnArticlesHashes() {
        for (Document article : articles) {
            long[] hashes = Shingler.hashes(WordTokenizer.tokenize(article.text()), NGRAM);
            double kept = (double) Winnowing.select(hashes, WINDOW).length / hashes.length;
            assertTrue(kept > 0.4 && kept < 0.6, article.id() + " kept " + kept);
        }
    }

    @Test
    void everyRunOfTwoWindowsPastedIntoAnotherArticleSharesTwoKeptHashes() {
        String source = articles.get(0).text();
        String host = articles.get(articles.size() - 1).text();
        String[] sourceWords = source.split("\\s+");
        int runWords = 2 * WINDOW + NGRAM - 1;
        long[] sourceKept = sortedKept(source);
        for (int from = 0; from + runWords <= sourceWords.length; from++) {
            String run = String.join(" ", Arrays.copyOfRange(sourceWords, from, from + runWords));
            String pasted = host.substring(0, host.length() / 2) + " " + run + " " + host.substring(host.length() / 2);
            long[] runKept = sortedKept(run);
            long shared = Arrays.stream(sortedKept(pasted))
                    .filter(h -> Arrays.binarySearch(sourceKept, h) >= 0 && Arrays.binarySearch(runKept, h) >= 0)
                    .count();
            assertTrue(shared >= 2 || distinctHashes(run) < 2 * WINDOW, "run at word " + from + ": " + run);
        }
    }

    @Test
    void aTextShorterThanAWindowKeepsItsSmallestHash() {
        long[] hashes = {9, 4, 7};
        assertArrayEquals(new long[] {4}, Winnowing.select(hashes, 5));
        assertArrayEquals(new long[] {4, 7}, Winnowing.select(new long[] {9, 4, 7, 8}, 2));
    }

    private static long[] sortedKept(String text) {
        long[] kept = Winnowing.select(Shingler.hashes(WordTokenizer.tokenize(text), NGRAM), WINDOW);
        Arrays.sort(kept);
        return kept;
    }

    /** A run whose words tokenise to fewer shingles (punctuation-only "words", repeats) has no guarantee. */
    private static long distinctHashes(String run) {
        TokenizedText tokens = WordTokenizer.tokenize(run);
        return Arrays.stream(Shingler.hashes(tokens, NGRAM)).distinct().count();
    }
}
