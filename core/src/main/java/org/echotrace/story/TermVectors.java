package org.echotrace.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
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
            collect(text).counts().keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        int n = texts.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<SparseVector> vectors = new ArrayList<>(n);
        for (String text : texts) {
            vectors.add(toVector(weigh(collect(text), documentFrequency::get, n), vocabulary));
        }
        return vectors;
    }

    /**
     * TF-IDF weights of a text's words: {@code df} gives each word's document frequency among {@code n}
     * documents (the text itself included), and the word's rarity in general news multiplies in.
     */
    static Map<String, Double> weigh(SubjectTerms.Counts terms, ToIntFunction<String> df, int n) {
        BackgroundFrequencies background = BackgroundFrequencies.get();
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : terms.counts().entrySet()) {
            double idf = Math.log((n + 1.0) / (df.applyAsInt(e.getKey()) + 0.5)) * background.idf(e.getKey());
            double boost = terms.names().contains(e.getKey()) ? NAME_BOOST : 1.0;
            weights.put(e.getKey(), (1 + Math.log(e.getValue())) * idf * boost);
        }
        return weights;
    }

    static SubjectTerms.Counts collect(String text) {
        return collect(text, WordTokenizer.tokenize(text));
    }

    /** @param words {@code text} as the word tokenizer cuts it */
    static SubjectTerms.Counts collect(String text, TokenizedText words) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String term = words.term(i);
            if (!isContentTerm(term)) {
                continue;
            }
            counts.merge(term, 1, Integer::sum);
            if (Character.isUpperCase(text.charAt(words.start(i))) && !startsSentence(text, words.start(i))) {
                names.add(term);
            }
        }
        return new SubjectTerms.Counts(counts, names);
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

    private static final Comparator<Map.Entry<String, Double>> HEAVIEST_FIRST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    /**
     * The heaviest {@link #TERMS_KEPT} words, normalised to unit length, in no particular order (sorted only
     * when some must be dropped: most texts have fewer, and the store weighs every new article).
     */
    static List<Map.Entry<String, Double>> heaviest(Map<String, Double> weights) {
        List<Map.Entry<String, Double>> kept = new ArrayList<>(weights.entrySet());
        if (kept.size() > TERMS_KEPT) {
            kept.sort(HEAVIEST_FIRST);
            kept = kept.subList(0, TERMS_KEPT);
        }
        double norm = Math.sqrt(kept.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        return kept.stream()
                .map(e -> Map.entry(e.getKey(), norm > 0 ? e.getValue() / norm : 0.0))
                .toList();
    }

    /** Keeps the heaviest words, normalises to unit length and maps words to ids. */
    private static SparseVector toVector(Map<String, Double> weights, Map<String, Integer> vocabulary) {
        List<Map.Entry<String, Double>> kept = heaviest(weights);
        long[] packed = new long[kept.size()];
        float[] byIndex = new float[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            int id = vocabulary.computeIfAbsent(kept.get(k).getKey(), t -> vocabulary.size());
            byIndex[k] = kept.get(k).getValue().floatValue();
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
