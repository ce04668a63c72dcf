package org.echotrace.story;

/**
 * When two documents tell the same story.
 *
 * @param minSimilarity  average similarity two groups of documents need to be joined (see docs/evaluation.md);
 *                       more where the story they make holds few documents ({@link #minSimilarityFor})
 * @param reuseCoverage  share of a document that must be copied from another for the copying alone to join
 *                       them; one reused background paragraph does not make the same story
 * @param maxDaysApart   documents published further apart than this are never joined directly
 */
public record StorySettings(double minSimilarity, double reuseCoverage, int maxDaysApart)
        implements java.io.Serializable {

    // as text, the defaults of every command-line option that sets them (annotations need constants)
    public static final String DEFAULT_MIN_SIMILARITY = "0.06";
    public static final String DEFAULT_MAX_DAYS_APART = "30";

    public static final StorySettings DEFAULTS = new StorySettings(Double.parseDouble(DEFAULT_MIN_SIMILARITY), 0.25,
            Integer.parseInt(DEFAULT_MAX_DAYS_APART));

    /**
     * Documents up to which a story's average similarity rests on too few pairs (4 documents: 6 pairs) to
     * trust a low one. Reports of one event in numbers support a low average together (ECB+'s heterogeneous
     * reports, a dozen per event); two or three reports that only share their actors and a week (two
     * campaign events of one candidate) reach it by chance (docs/evaluation.md, "Few reports").
     */
    public static final int FEW_DOCUMENTS = 3;
    /** How much higher than {@code minSimilarity} the average must be that makes a story of few documents. */
    public static final double FEW_DOCUMENTS_FACTOR = 2;

    /** The average similarity a merge needs when the story it makes holds {@code documents} documents. */
    public double minSimilarityFor(int documents) {
        return documents <= FEW_DOCUMENTS ? Math.min(1, minSimilarity * FEW_DOCUMENTS_FACTOR) : minSimilarity;
    }

    public StorySettings {
        if (minSimilarity <= 0 || minSimilarity > 1) {
            throw new IllegalArgumentException("minSimilarity must be in (0, 1], was " + minSimilarity);
        }
        if (reuseCoverage <= 0 || reuseCoverage > 1) {
            throw new IllegalArgumentException("reuseCoverage must be in (0, 1], was " + reuseCoverage);
        }
        if (maxDaysApart < 0) {
            throw new IllegalArgumentException("maxDaysApart must not be negative, was " + maxDaysApart);
        }
    }
}
