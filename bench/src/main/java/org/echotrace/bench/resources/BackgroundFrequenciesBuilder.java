package org.echotrace.bench.resources;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Builds core's background document frequencies ({@code org/echotrace/story/background-df.tsv.gz}):
 * in how many of a set of general news articles each word occurs. Story clustering uses them to tell
 * words that are common in any news (government, killed) from words that mark one story.
 * Only words found in at least {@value #MIN_DF} articles are kept, so no article's rare strings ship.
 *
 * <p>Run: {@code java -cp ... org.echotrace.bench.resources.BackgroundFrequenciesBuilder OUT.tsv.gz DIR...}
 * (see docs/evaluation.md for the exact folders used).
 */
public final class BackgroundFrequenciesBuilder {

    static final int MIN_DF = 3;

    private BackgroundFrequenciesBuilder() {
    }

    /** The .txt files under the folders {@code args[from..]}, sorted within each folder. */
    static List<Path> textFiles(String[] args, int from) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BackgroundFrequenciesBuilder OUT.tsv.gz DIR...");
            System.exit(2);
        }
        List<Path> files = textFiles(args, 1);
        Map<String, Integer> df = new TreeMap<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            TokenizedText words = WordTokenizer.tokenize(text);
            Set<String> seen = new HashSet<>();
            for (int w = 0; w < words.size(); w++) {
                seen.add(words.term(w));
            }
            seen.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[0]))),
                StandardCharsets.UTF_8)) {
            out.write("#documents\t" + files.size() + "\n");
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                if (e.getValue() >= MIN_DF) {
                    out.write(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
        }
        System.out.println(files.size() + " articles, " + df.size() + " words");
    }
}
