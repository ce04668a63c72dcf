package org.echotrace.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.echotrace.nlp.parse.Parser;

/**
 * The parts of PolNeAR train the developer tools work on: {@code seen}, the first 560 articles of the parse
 * order that the shipped cue model was learnt from (where errors are studied and conventions chosen), and
 * {@code unseen}, the other 280, which nothing was learnt or chosen on (the held-out figure); {@code all}.
 * As a tool it prints a part's article names, one a line, for the nlp tools' {@code -Darticles=FILE}:
 * {@code TrainPart FOLDER seen|unseen|all [K]} (K: only the hold-out fold of {@code CueModelBuilder --hold-out K}).
 */
final class TrainPart {

    static final int CUE_MODEL_SAMPLE = 560;

    private TrainPart() {
    }

    public static void main(String[] args) throws IOException {
        int folds = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        new java.util.TreeSet<>(articles(Path.of(args[0]), args[1])).stream()
                .filter(article -> folds == 0 || CueModelBuilder.heldOut(article, folds))
                .forEach(System.out::println);
    }

    static Set<String> articles(Path folder, String part) throws IOException {
        List<String> ordered = CueModelBuilder.inParseOrder(
                PolnearEvaluation.annotationsByArticle(folder.resolve("attributions")).keySet());
        int cut = Math.min(CUE_MODEL_SAMPLE, ordered.size());
        return new HashSet<>(switch (part) {
            case "seen" -> ordered.subList(0, cut);
            case "unseen" -> ordered.subList(cut, ordered.size());
            case "all" -> ordered;
            default -> throw new IllegalArgumentException("part is seen, unseen or all: " + part);
        });
    }

    /**
     * The articles of a part whose parses are cached. With a list file they are chosen on the first run and
     * read from it on later ones, so that runs compare on the same articles while more parses arrive.
     */
    static Set<String> cached(Path folder, String part, Path list, Parser parser) throws IOException {
        if (list != null && Files.exists(list)) {
            return new HashSet<>(Files.readAllLines(list));
        }
        Set<String> chosen = new HashSet<>();
        for (String article : articles(folder, part)) {
            String text = Files.readString(folder.resolve("text").resolve(article + ".txt"), StandardCharsets.UTF_8);
            if (parser.cachedParse(text).isPresent()) {
                chosen.add(article);
            }
        }
        if (list != null) {
            Files.write(list, chosen);
        }
        return chosen;
    }
}
