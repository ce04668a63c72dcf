package org.echotrace.app;

import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.claims.ClaimSettings;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.nlp.embedding.MiniLmEmbedder;

/** The analysis with every layer: what analyze, report and a store's stories run when NLP is on. */
public final class FullAnalysis {

    private FullAnalysis() {
    }

    /** {@code base} plus the language layer on {@code threads} threads and claims (the sentence model loads here). */
    public static AnalysisPipeline of(AnalysisPipeline base, LanguageAnalyzer language, int threads) {
        return withClaims(base.withLanguage(language, threads), threads);
    }

    /** {@code base} plus claims, for articles whose language was read before (a store's): nothing is parsed. */
    public static AnalysisPipeline withClaims(AnalysisPipeline base, int threads) {
        return base.withClaims(MiniLmEmbedder.load(threads), ClaimSettings.DEFAULTS);
    }
}
