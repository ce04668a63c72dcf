package org.echotrace.nlp.attribution;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.attribution.AttributionExtractor;
import org.echotrace.bench.eval.PolnearEvaluation;
import org.echotrace.nlp.parse.Parser;

/**
 * Developer tool, not a test: PolNeAR scores of the finder with the lexicon's verbs as cues and with a cue
 * model file, over the articles of a folder whose parses are cached (and, with a fold count, only the
 * held-out fold of {@code CueModelBuilder --hold-out K}).
 * {@code CompareCueJudges FOLDER MODEL.tsv [K]}; {@code -Darticles=FILE} scores only the articles it names, {@code -DmodelOnly=1}
 * leaves out the lexicon.
 */
public final class CompareCueJudges {
    public static void main(String[] args) throws Exception {
        ToolArguments arguments = ToolArguments.of(args);
        Path folder = arguments.folder();
        CueModel model = arguments.model();
        int folds = arguments.folds();
        Parser parser = Parser.cachedInDefaultPlace();
        // -Darticles=FILE: the articles to score, chosen on the first run and read on later ones, so that runs
        // compare on the same articles while more parses arrive
        Path list = System.getProperty("articles") == null ? null : Path.of(System.getProperty("articles"));
        java.util.Set<String> chosen = new java.util.HashSet<>();
        if (arguments.listed() != null) {
            arguments.listed().stream().filter(arguments::includes).forEach(chosen::add);
        } else {
            try (var texts = Files.list(folder.resolve("text"))) {
                for (Path t : texts.toList()) {
                    String name = t.getFileName().toString().replace(".txt", "");
                    if ((folds == 0 || Math.floorMod(name.hashCode(), folds) == 0)
                            && parser.cachedParse(Files.readString(t, StandardCharsets.UTF_8)).isPresent()) {
                        chosen.add(name);
                    }
                }
            }
            if (list != null) {
                Files.write(list, chosen);
            }
        }
        java.util.function.Predicate<String> articles = chosen::contains;
        // -DmodelOnly=1: the model alone, when only candidate models are being compared
        for (CueModel judge : System.getProperty("modelOnly") != null ? java.util.List.of(model) : java.util.Arrays.asList(null, model)) {
            AttributionFinder finder = new AttributionFinder(CueLexicon.bundled(), judge);
            AttributionExtractor extractor = d -> finder.find(d, parser.parse(d.text(), null));
            System.out.println((judge == null ? "lexicon " : "model   ")
                    + new PolnearEvaluation(extractor).evaluate(folder, 0, articles).toJson());
        }
    }
}
