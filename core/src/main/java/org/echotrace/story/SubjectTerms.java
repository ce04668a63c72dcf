package org.echotrace.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * The words that carry a text's subject, for callers that compare texts one at a time against a growing
 * collection (the store) rather than clustering a fixed set: count once, keep the counts, and weigh them
 * later against whatever document frequencies the collection has by then. Same words and weights as
 * {@link StoryClusterer} uses.
 */
public final class SubjectTerms {

    private SubjectTerms() {
    }

    /**
     * A text's subject words with their counts, and which of them were written as names.
     */
    public record Counts(Map<String, Integer> counts, Set<String> names) {
        public Counts {
            counts = Map.copyOf(counts);
            names = Set.copyOf(names);
        }

        /** One word per line, {@code word count} or {@code word count N} for names; words hold no spaces. */
        public String encode() {
            String[] words = counts.keySet().toArray(new String[0]);
            Arrays.sort(words);
            StringBuilder out = new StringBuilder(words.length * 12);
            for (String word : words) {
                out.append(word).append(' ').append(counts.get(word));
                if (names.contains(word)) {
                    out.append(" N");
                }
                out.append('\n');
            }
            return out.toString();
        }

        /** The words of an encoding, without decoding their counts (for document frequencies at scale). */
        public static List<String> words(String encoded) {
            List<String> words = new ArrayList<>();
            int start = 0;
            while (start < encoded.length()) {
                int space = encoded.indexOf(' ', start);
                int end = encoded.indexOf('\n', start);
                end = end < 0 ? encoded.length() : end;
                if (space > start && space < end) {
                    words.add(encoded.substring(start, space));
                }
                start = end + 1;
            }
            return words;
        }

        public static Counts decode(String encoded) {
            Map<String, Integer> counts = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (String line : encoded.split("\n")) {
                String[] parts = line.split(" ");
                if (parts.length < 2) {
                    continue;
                }
                counts.put(parts[0], Integer.parseInt(parts[1]));
                if (parts.length > 2) {
                    names.add(parts[0]);
                }
            }
            return new Counts(counts, names);
        }
    }

    public static Counts count(String text) {
        return TermVectors.collect(text);
    }

    /** The same, for a caller that has cut the text into words already ({@link WordTokenizer#tokenize}). */
    public static Counts count(String text, TokenizedText words) {
        return TermVectors.collect(text, words);
    }

    /**
     * A unit-length vector of the heaviest words, weighed with {@code df} (document frequency of a word in
     * a collection of {@code documents} documents, the text itself counted).
     */
    public static Map<String, Double> vector(Counts counts, ToIntFunction<String> df, int documents) {
        Map<String, Double> vector = new HashMap<>();
        TermVectors.heaviest(TermVectors.weigh(counts, df, documents)).forEach(e -> vector.put(e.getKey(), e.getValue()));
        return vector;
    }

    /** The words of a vector, heaviest first: a query that finds texts on the same subject. */
    public static List<String> heaviestWords(Map<String, Double> vector, int limit) {
        return vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Dot product of two unit-length vectors: their cosine. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }
}
