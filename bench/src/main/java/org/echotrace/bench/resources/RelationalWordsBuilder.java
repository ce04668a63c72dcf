package org.echotrace.bench.resources;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Builds nlp's {@code org/echotrace/nlp/relational-words.tsv}: words that news text mostly uses as a relation
 * to someone or something ("his opponent", "a champion of", "her favorite"), counted in a set of articles. A
 * word of that kind names a role or a preference toward another; said of a name ("Democratic opponent X",
 * "X is the favorite") it places X, it does not judge X, even where a subjectivity lexicon lists it. Words that
 * judge ("liar", "terrorist", "racist") hardly ever take a possessor or an "of".
 *
 * <p>An occurrence is relational when one of the two words before it is a possessive ("his", "their", "Trump's")
 * or the word after it is "of". A plural is counted with its singular when the singular occurs. Kept: words seen
 * at least {@value #MIN_OCCURRENCES} times, relational at least {@value #MIN_SHARE} of the time; the reader sets
 * its own share (nlp's {@code LabelFinder}).
 *
 * <p>Run: {@code java -cp ... org.echotrace.bench.resources.RelationalWordsBuilder OUT.tsv DIR...} (see
 * docs/evaluation.md for the folders used).
 */
public final class RelationalWordsBuilder {

    static final int MIN_OCCURRENCES = 5;
    static final double MIN_SHARE = 0.2;
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");

    private RelationalWordsBuilder() {
    }

    /** Occurrences of one word, and how many of them had a possessor before or an "of" after. */
    private static final class Count {
        int occurrences;
        int possessed;
        int of;

        void add(Count other) {
            occurrences += other.occurrences;
            possessed += other.possessed;
            of += other.of;
        }

        double share() {
            return (possessed + of) / (double) occurrences;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RelationalWordsBuilder OUT.tsv DIR...");
            System.exit(2);
        }
        List<Path> files = BackgroundFrequenciesBuilder.textFiles(args, 1);
        Map<String, Count> counts = new TreeMap<>();
        for (Path file : files) {
            count(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), counts);
        }
        // a plural counts with its singular: "opponents" with "opponent"
        for (String word : List.copyOf(counts.keySet())) {
            Count singular = word.endsWith("s") ? counts.get(word.substring(0, word.length() - 1)) : null;
            if (singular != null) {
                singular.add(counts.remove(word));
            }
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            out.write("# word\toccurrences\twith_possessor\twith_of (built by bench's RelationalWordsBuilder from "
                    + files.size() + " articles)\n");
            int kept = 0;
            for (Map.Entry<String, Count> e : counts.entrySet()) {
                Count c = e.getValue();
                if (c.occurrences >= MIN_OCCURRENCES && c.share() >= MIN_SHARE) {
                    out.write(e.getKey() + "\t" + c.occurrences + "\t" + c.possessed + "\t" + c.of + "\n");
                    kept++;
                }
            }
            System.out.println(files.size() + " articles, " + counts.size() + " words, " + kept + " kept");
        }
    }

    private static void count(String text, Map<String, Count> counts) {
        TokenizedText words = WordTokenizer.tokenize(text);
        for (int w = 0; w < words.size(); w++) {
            String term = words.term(w);
            if (term.length() < 4 || !Character.isLetter(term.charAt(0))) {
                continue;
            }
            Count c = counts.computeIfAbsent(term, k -> new Count());
            c.occurrences++;
            if (possessive(words, w - 1) || possessive(words, w - 2)) {
                c.possessed++;
            }
            if (w + 1 < words.size() && words.termEquals(w + 1, "of")) {
                c.of++;
            }
        }
    }

    /** "his", "their", or a word with the possessive 's ("Trump's", "Trump’s"). */
    private static boolean possessive(TokenizedText words, int w) {
        if (w < 0) {
            return false;
        }
        String written = words.text().substring(words.start(w), words.end(w)).toLowerCase(Locale.ROOT);
        return POSSESSIVES.contains(written) || written.endsWith("'s") || written.endsWith("\u2019s");
    }
}
