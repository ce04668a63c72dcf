package org.echotrace.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * In how many of 1,224 general news articles each word occurs (built by the bench module's
 * {@code BackgroundFrequenciesBuilder}, see docs/evaluation.md). Lets a small folder of articles tell words that
 * any news story uses from words that mark one story, which its own few documents cannot.
 */
final class BackgroundFrequencies {

    private static final String RESOURCE = "background-df.tsv.gz";
    private static final BackgroundFrequencies INSTANCE = load();

    private final int documents;
    private final Map<String, Integer> frequencies;

    private BackgroundFrequencies(int documents, Map<String, Integer> frequencies) {
        this.documents = documents;
        this.frequencies = frequencies;
    }

    static BackgroundFrequencies get() {
        return INSTANCE;
    }

    /** Inverse document frequency in the background articles; unseen words get the highest value. */
    double idf(String term) {
        return Math.log((documents + 1.0) / (frequencies.getOrDefault(term, 0) + 1.0));
    }

    private static BackgroundFrequencies load() {
        try (InputStream raw = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            int documents = Integer.parseInt(reader.readLine().split("\t")[1]);
            Map<String, Integer> frequencies = new HashMap<>(64_000);
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                frequencies.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
            return new BackgroundFrequencies(documents, frequencies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
