package org.echotrace.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * The words that carry a text's subject, for callers that compare texts one at a time against a growing
 * collection (the store) rather than clustering a fixed set: count once, keep the counts, and weigh them
 * later against whatever document frequencies the collection has by then ({@link SubjectVector#weigh}).
 * Same words and weights as {@link StoryClusterer} uses.
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
}
