package org.echotrace.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToIntFunction;

/**
 * A text's subject words with their unit-length weights ({@link SubjectTerms}): the one word-vector type that
 * the store, the Spark job and the tests pass around. Immutable: its words are only read, never handed out
 * as a map that a caller could change.
 *
 * <p>The weights are kept in a {@link HashMap} filled in the order {@link TermVectors#heaviest} gives them and
 * never copied, because results depend on its iteration order: {@link #cosine} sums in it, and callers
 * that walk {@link #forEach} (the store's packed form, the Spark job's postings) see the words in it. A
 * copy would size its table otherwise and could walk the words in another order.
 */
public final class SubjectVector {

    private final Map<String, Double> weights;

    private SubjectVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /**
     * The heaviest words of a text, weighed with {@code df} (document frequency of a word in a collection
     * of {@code documents} documents, the text itself counted) and normalised to unit length.
     */
    public static SubjectVector weigh(SubjectTerms.Counts counts, ToIntFunction<String> df, int documents) {
        Map<String, Double> weights = new HashMap<>();
        TermVectors.heaviest(TermVectors.weigh(counts, df, documents)).forEach(e -> weights.put(e.getKey(), e.getValue()));
        return new SubjectVector(weights);
    }

    public int size() {
        return weights.size();
    }

    /** A word's weight, 0 for a word the vector does not hold. */
    public double weight(String word) {
        Double weight = weights.get(word);
        return weight == null ? 0.0 : weight;
    }

    /** Each word with its weight, in the vector's one fixed order. */
    public void forEach(ObjDoubleConsumer<String> action) {
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    /** The words, heaviest first, ties by word: a query that finds texts on the same subject. */
    public List<String> heaviestWords(int limit) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Dot product of two unit-length vectors: their cosine, summed over the smaller one's words. */
    public double cosine(SubjectVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double weight = large.get(e.getKey());
            if (weight != null) {
                dot += e.getValue() * weight;
            }
        }
        return dot;
    }

    @Override
    public String toString() {
        return "SubjectVector" + heaviestWords(size());
    }
}
