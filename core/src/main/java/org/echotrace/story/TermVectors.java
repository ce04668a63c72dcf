package org.echotrace.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.text.Stopwords;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Sparse, length-normalised TF-IDF vectors of the words that carry a text's subject, for telling
 * whether two documents are about the same thing. A word weighs by two rarities: within these documents
 * (the actors every document names do not tell events apart) and in general news (common words do not).
 * Words that start with a capital letter inside a sentence (names) weigh more, because a story is
 * defined by who and where more than by how it is told.
 */
final class TermVectors {

    private static final double NAME_BOOST = 2.0;
    /** Each text keeps its heaviest words only, so that a million articles' vectors fit in memory. */
    static final int TERMS_KEPT = 300;

    /** A vector as parallel arrays of word ids (ascending) and weights. */
    record SparseVector(int[] terms, float[] weights) {
    }

    private TermVectors() {
    }

    /** One vector per text, IDF taken over the given texts. Texts are tokenised twice to keep memory flat. */
    static List<SparseVector> build(List<String> texts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            collect(text).counts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        int n = texts.size();
        BackgroundFrequencies background = BackgroundFrequencies.get();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<SparseVector> vectors = new ArrayList<>(n);
        for (String text : texts) {
            Terms terms = collect(text);
            Map<String, Double> weights = new HashMap<>();
            for (Map.Entry<String, Integer> e : terms.counts.entrySet()) {
                double idf = Math.log((n + 1.0) / (documentFrequency.get(e.getKey()) + 0.5))
                        * background.idf(e.getKey());
                double boost = terms.names.contains(e.getKey()) ? NAME_BOOST : 1.0;
                weights.put(e.getKey(), (1 + Math.log(e.getValue())) * idf * boost);
            }
            vectors.add(toVector(weights, vocabulary));
        }
        return vectors;
    }

    private record Terms(Map<String, Integer> counts, Set<String> names) {
    }

    private static Terms collect(String text) {
        Terms terms = new Terms(new HashMap<>(), new HashSet<>());
        TokenizedText words = WordTokenizer.tokenize(text);
        for (int i = 0; i < words.size(); i++) {
            String term = words.term(i);
            if (!isContentTerm(term)) {
                continue;
            }
            terms.counts.merge(term, 1, Integer::sum);
            if (Character.isUpperCase(text.charAt(words.start(i))) && !startsSentence(text, words.start(i))) {
                terms.names.add(term);
            }
        }
        return terms;
    }

    /** Numbers count only as years (four digits): other figures are too common to tell stories apart. */
    private static boolean isContentTerm(String term) {
        if (term.chars().allMatch(Character::isDigit)) {
            return term.length() == 4;
        }
        return term.length() >= 3 && !Stopwords.isStopword(term);
    }

    private static boolean startsSentence(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201c' && c != '\'' && c != '(') {
                return c == '.' || c == '!' || c == '?' || c == ':';
            }
        }
        return true;
    }

    /** Keeps the heaviest words, normalises to unit length and maps words to ids. */
    private static SparseVector toVector(Map<String, Double> weights, Map<String, Integer> vocabulary) {
        List<Map.Entry<String, Double>> kept = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TERMS_KEPT)
                .toList();
        double norm = Math.sqrt(kept.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        long[] packed = new long[kept.size()];
        float[] byIndex = new float[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            int id = vocabulary.computeIfAbsent(kept.get(k).getKey(), t -> vocabulary.size());
            byIndex[k] = (float) (norm > 0 ? kept.get(k).getValue() / norm : 0);
            packed[k] = ((long) id << 32) | k;
        }
        Arrays.sort(packed);
        int[] terms = new int[packed.length];
        float[] sorted = new float[packed.length];
        for (int k = 0; k < packed.length; k++) {
            terms[k] = (int) (packed[k] >>> 32);
            sorted[k] = byIndex[(int) packed[k]];
        }
        return new SparseVector(terms, sorted);
    }
}
