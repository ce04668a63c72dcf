package org.echotrace.bench.ptc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.echotrace.domain.Span;

/**
 * The Propaganda Techniques Corpus as echotrace reads it: {@code articles/articleID.txt} and
 * {@code labels.tsv} ({@code ID technique start end}, characters, end exclusive). Only the two techniques
 * that mark evaluative labels are kept as gold.
 *
 * <p>The corpus is split once, by a hash of the article id: the {@linkplain #isVocabularyPart vocabulary part}
 * (about 80%) is what the evaluative vocabulary is built from, the rest is held out for scoring.
 */
public final class PtcCorpus {

    public static final Set<String> LABEL_TECHNIQUES = Set.of("Name_Calling,Labeling", "Loaded_Language");

    /** One article: its text and its gold label spans. */
    public record Article(String id, String text, List<Span> labels) {
        public Article {
            labels = List.copyOf(labels);
        }
    }

    private PtcCorpus() {
    }

    /** Articles in id order; {@code limit} 0 reads all. */
    public static List<Article> read(Path folder, int limit) throws IOException {
        Map<String, List<Span>> gold = gold(folder.resolve("labels.tsv"));
        List<Path> files;
        try (Stream<Path> list = Files.list(folder.resolve("articles"))) {
            files = list.filter(p -> p.getFileName().toString().matches("article.+\\.txt")).sorted().toList();
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            if (limit > 0 && articles.size() == limit) {
                break;
            }
            String name = file.getFileName().toString();
            String id = name.substring("article".length(), name.length() - ".txt".length());
            articles.add(new Article(id, Files.readString(file, StandardCharsets.UTF_8), gold.getOrDefault(id, List.of())));
        }
        return articles;
    }

    /** Whether an article is in the part the vocabulary is built from: a fixed 80%, by id hash. */
    public static boolean isVocabularyPart(String id) {
        return Math.floorMod(id.hashCode(), 10) < 8;
    }

    private static Map<String, List<Span>> gold(Path tsv) throws IOException {
        Map<String, List<Span>> byArticle = new HashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 4 && LABEL_TECHNIQUES.contains(f[1])) {
                byArticle.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new Span(Integer.parseInt(f[2].strip()), Integer.parseInt(f[3].strip())));
            }
        }
        return byArticle;
    }
}
