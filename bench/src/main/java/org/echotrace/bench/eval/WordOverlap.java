package org.echotrace.bench.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bag-of-words overlap of an extracted text with the expected one: of the extracted words, how many the
 * expected text holds (precision), and of the expected words, how many were extracted (recall). Words are
 * runs of letters and digits, compared in lower case; a word counts as often as it occurs in both.
 */
record WordOverlap(int extracted, int expected, int shared) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static WordOverlap of(String extractedText, String expectedText) {
        Map<String, Integer> extractedWords = words(extractedText);
        Map<String, Integer> expectedWords = words(expectedText);
        int shared = 0;
        for (Map.Entry<String, Integer> word : extractedWords.entrySet()) {
            shared += Math.min(word.getValue(), expectedWords.getOrDefault(word.getKey(), 0));
        }
        return new WordOverlap(total(extractedWords), total(expectedWords), shared);
    }

    double precision() {
        // nothing extracted and nothing expected is a perfect answer
        return extracted == 0 ? (expected == 0 ? 1 : 0) : (double) shared / extracted;
    }

    double recall() {
        return expected == 0 ? 1 : (double) shared / expected;
    }

    double f1() {
        return f1(precision(), recall());
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Page scores averaged, and all pages' words pooled. */
    static final class Totals {
        private int pages;
        private double precision;
        private double recall;
        private double f1;
        private long extracted;
        private long expected;
        private long shared;

        void add(WordOverlap page) {
            pages++;
            precision += page.precision();
            recall += page.recall();
            f1 += page.f1();
            extracted += page.extracted();
            expected += page.expected();
            shared += page.shared();
        }

        double meanPrecision() {
            return pages == 0 ? 0 : precision / pages;
        }

        double meanRecall() {
            return pages == 0 ? 0 : recall / pages;
        }

        double meanF1() {
            return pages == 0 ? 0 : f1 / pages;
        }

        double pooledF1() {
            return f1(extracted == 0 ? 0 : (double) shared / extracted, expected == 0 ? 0 : (double) shared / expected);
        }
    }
}
