package org.echotrace.bench.eval;

import java.nio.file.Path;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;

/** Developer tool: runs the PTC label evaluation ({@code DIR [LIMIT]}). Not a test. */
public final class PtcDev {
    public static void main(String[] args) throws Exception {
        PtcEvaluation eval = new PtcEvaluation(new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace()), 2);
        System.out.println(eval.evaluate(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 0).toJson());
    }
}
