package org.echotrace.bench.eval;

import java.nio.file.Path;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;

/** Developer tool: scores the attribution finder on a PolNeAR folder over cached parses. Not a test. */
public final class RunPolnear {
    public static void main(String[] args) throws Exception {
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace());
        System.out.println(new PolnearEvaluation(analyzer).evaluate(Path.of(args[0]), limit).toJson());
    }
}
