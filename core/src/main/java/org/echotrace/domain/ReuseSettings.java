package org.echotrace.domain;

/**
 * The knobs of reuse detection; recorded in the report, inside {@link AnalysisSettings}.
 *
 * @param ngram                 words per fingerprint shingle
 * @param minWords              shortest passage reported, in words
 * @param maxDocumentFrequency  shingles found in more documents than this are too common to seed a match
 */
public record ReuseSettings(int ngram, int minWords, int maxDocumentFrequency) implements java.io.Serializable {

    // as text, the defaults of every command-line option that sets them (annotations need constants)
    public static final String DEFAULT_NGRAM = "5";
    public static final String DEFAULT_MIN_WORDS = "12";
    public static final String DEFAULT_MAX_DOCUMENT_FREQUENCY = "100";

    public static final ReuseSettings DEFAULTS = new ReuseSettings(Integer.parseInt(DEFAULT_NGRAM),
            Integer.parseInt(DEFAULT_MIN_WORDS), Integer.parseInt(DEFAULT_MAX_DOCUMENT_FREQUENCY));

    public ReuseSettings {
        if (ngram < 2 || ngram > 20) {
            throw new IllegalArgumentException("ngram must be 2..20, was " + ngram);
        }
        if (minWords < ngram) {
            throw new IllegalArgumentException("minWords must be at least ngram (" + ngram + "), was " + minWords);
        }
        if (maxDocumentFrequency < 2) {
            throw new IllegalArgumentException("maxDocumentFrequency must be at least 2, was " + maxDocumentFrequency);
        }
    }
}
