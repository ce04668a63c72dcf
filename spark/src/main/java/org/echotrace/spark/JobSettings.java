package org.echotrace.spark;

import java.io.Serializable;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.story.ContentLinks;
import org.echotrace.story.StorySettings;

/**
 * The settings of one job; they travel to executors inside closures.
 *
 * @param analysis       the reuse and story settings, as analyze takes them (no claims: the job has no claims
 *                       stage); the report records them
 * @param maxBytes       largest article read; the {@link IngestOptions} are built on each executor, whose heap
 *                       sets how much text one read may hold
 * @param pairWindowDays candidate pairs whose publication dates are further apart than this are not aligned;
 *                       0 keeps every pair (the batch path's behaviour)
 * @param partitions     shuffle partitions of the shingle and candidate joins
 * @param storyTerms     each document's this many heaviest subject words seed story links (the batch
 *                       path's {@link ContentLinks#SEED_WORDS} by default)
 * @param storyPostings  subject words held by more documents than this link none (the batch path's
 *                       {@link ContentLinks#MAX_HOLDERS} by default)
 */
public record JobSettings(AnalysisSettings analysis, long maxBytes, int pairWindowDays, int partitions,
                          int storyTerms, int storyPostings) implements Serializable {

    public JobSettings {
        if (java.util.Objects.requireNonNull(analysis, "analysis").claims() != null) {
            throw new IllegalArgumentException("the Spark job has no claims stage; give no claim settings");
        }
        new IngestOptions(maxBytes, IngestOptions.DEFAULT_MAX_PROBLEMS_PER_FILE); // validates
        if (pairWindowDays < 0) {
            throw new IllegalArgumentException("pairWindowDays must be >= 0, got " + pairWindowDays);
        }
        if (storyTerms < 1 || storyPostings < 2) {
            throw new IllegalArgumentException("storyTerms must be >= 1 and storyPostings >= 2, got "
                    + storyTerms + ", " + storyPostings);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
        }
    }

    public static JobSettings defaults(int partitions) {
        return new JobSettings(AnalysisSettings.withoutClaims(ReuseSettings.DEFAULTS, StorySettings.DEFAULTS),
                IngestOptions.DEFAULT_MAX_BYTES, 0, partitions, ContentLinks.SEED_WORDS, ContentLinks.MAX_HOLDERS);
    }

    public ReuseSettings reuse() {
        return analysis.reuse();
    }

    public StorySettings stories() {
        return analysis.stories();
    }

    public IngestOptions ingest() {
        return new IngestOptions(maxBytes, IngestOptions.DEFAULT_MAX_PROBLEMS_PER_FILE);
    }

    public JobSettings withPairWindow(int days) {
        return new JobSettings(analysis, maxBytes, days, partitions, storyTerms, storyPostings);
    }

    /** A bounded story link search: cost grows with documents x terms x postings, not with df squared. */
    public JobSettings withStorySearch(int terms, int postings) {
        return new JobSettings(analysis, maxBytes, pairWindowDays, partitions, terms, postings);
    }
}
