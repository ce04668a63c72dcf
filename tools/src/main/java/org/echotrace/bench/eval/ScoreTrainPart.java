package org.echotrace.bench.eval;

import java.nio.file.Path;
import java.util.Set;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;

/**
 * Developer tool, not a test: the PolNeAR scores of one part of train ({@link TrainPart}) over cached parses
 * only: {@code ScoreTrainPart FOLDER seen|unseen|all [ARTICLES_FILE]}.
 */
public final class ScoreTrainPart {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Parser parser = Parser.cachedInDefaultPlace();
        Set<String> chosen = TrainPart.cached(folder, args[1], args.length > 2 ? Path.of(args[2]) : null, parser);
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(parser);
        System.out.println(new PolnearEvaluation(analyzer).evaluate(folder, 0, chosen::contains).toJson());
    }
}
