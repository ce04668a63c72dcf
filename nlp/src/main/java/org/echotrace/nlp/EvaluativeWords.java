package org.echotrace.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.echotrace.text.WordTokenizer;

/**
 * Words that general news annotators often mark as name calling or loaded language
 * ({@code evaluative-words.tsv}, built from part of the Propaganda Techniques Corpus by bench's
 * {@code EvaluativeVocabulary}; see docs/evaluation.md).
 */
final class EvaluativeWords {

    private static final Set<String> WORDS = load("evaluative-words.tsv");

    private EvaluativeWords() {
    }

    /** Whether the word as written, or its lemma, is evaluative. */
    static boolean test(IndexedWord word) {
        return WORDS.contains(normal(word.word())) || word.lemma() != null && WORDS.contains(normal(word.lemma()));
    }

    private static String normal(String word) {
        return WordTokenizer.normalize(word, 0, word.length());
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = EvaluativeWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    words.add(line.substring(0, line.indexOf('\t')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
