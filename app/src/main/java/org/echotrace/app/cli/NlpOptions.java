package org.echotrace.app.cli;

import java.nio.file.Path;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.app.FullAnalysis;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;
import picocli.CommandLine.Option;

/** Options of the language layer (CoreNLP), shared by every command that parses text. */
final class NlpOptions {

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where parses are cached (keyed by the cleaned text's hash). Default: $XDG_CACHE_HOME/echotrace/parses or ~/.cache/echotrace/parses.")
    Path cache;

    @Option(names = "--no-cache", description = "Parse every text again; read and write no cached parses.")
    boolean noCache;

    @Option(names = "--threads", paramLabel = "N", description = "Documents parsed at once. Default: the number of cores.")
    Integer threads;

    Parser parser() {
        if (noCache) {
            return Parser.uncached();
        }
        return cache == null ? Parser.cachedInDefaultPlace() : Parser.cachedIn(cache);
    }

    CoreNlpLanguageAnalyzer analyzer() {
        return new CoreNlpLanguageAnalyzer(parser());
    }

    /** The analyzer for a store's articles: parses cached inside the store unless --cache says otherwise. */
    CoreNlpLanguageAnalyzer analyzer(Path store) {
        if (noCache || cache != null) {
            return analyzer();
        }
        return new CoreNlpLanguageAnalyzer(Parser.cachedIn(store.resolve(PARSES)));
    }

    /** {@code base} with the language layer and claims: what analyze, report and a store's stories run. */
    AnalysisPipeline withLanguageAndClaims(AnalysisPipeline base, LanguageAnalyzer language) {
        return FullAnalysis.of(base, language, threads());
    }

    /** The folder of a store that holds its cached parses. */
    static final String PARSES = "parses";

    int threads() {
        return threadsOrCores(threads);
    }

    /** A thread count given on the command line, or the number of cores when none (or nonsense) is given. */
    static int threadsOrCores(Integer given) {
        return given != null && given > 0 ? given : Runtime.getRuntime().availableProcessors();
    }
}
