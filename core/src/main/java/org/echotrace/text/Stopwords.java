package org.echotrace.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * English function words and verbs of saying: words that say nothing about what a text is about.
 * Terms are in {@link WordTokenizer#normalize normalised} form.
 */
public final class Stopwords {

    private static final Set<String> ENGLISH = load("stopwords-en.txt");

    private Stopwords() {
    }

    public static boolean isStopword(String normalisedTerm) {
        return ENGLISH.contains(normalisedTerm);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
