package org.echotrace.spark;

import java.nio.file.Path;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;

/**
 * CoreNLP for the language stage: one analyzer per executor JVM, made on first use and shared by its tasks
 * (the analyzer is thread-safe). Only this class names the nlp module, so the job runs without CoreNLP on
 * the classpath unless the language stage is asked for.
 */
final class CoreNlpAnalyzers implements LanguageLayer.AnalyzerSource {

    private static LanguageAnalyzer shared;

    /** Parses cached under this folder on each executor's machine, or null for none. */
    private final String cache;

    CoreNlpAnalyzers(String cache) {
        this.cache = cache;
    }

    @Override
    public LanguageAnalyzer get() {
        synchronized (CoreNlpAnalyzers.class) {
            if (shared == null) {
                shared = new CoreNlpLanguageAnalyzer(cache == null ? Parser.uncached() : Parser.cachedIn(Path.of(cache)));
            }
            return shared;
        }
    }
}
