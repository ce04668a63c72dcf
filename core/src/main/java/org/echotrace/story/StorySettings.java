package org.echotrace.story;

/**
 * When two documents tell the same story.
 *
 * @param minSimilarity  average similarity two groups of documents need to be joined (see docs/evaluation.md)
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
