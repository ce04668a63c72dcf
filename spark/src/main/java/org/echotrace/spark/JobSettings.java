package org.echotrace.spark;

import java.io.Serializable;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.story.ContentLinks;
import org.echotrace.story.StorySettings;

/**
 * The settings of one job, as plain values so that they travel to executors inside closures (the core
 * settings records are not {@link Serializable}; they are rebuilt where needed).
 *
 * @param pairWindowDays candidate pairs whose publication dates are further apart than this are not aligned;
 *                       0 keeps every pair (the batch path's behaviour)
 * @param partitions     shuffle partitions of the shingle and candidate joins
 * @param storyTerms     each document's this many heaviest subject words seed story links (the batch
 *                       path's {@link ContentLinks#SEED_WORDS} by default)
 * @param storyPostings  subject words held by more documents than this link none (the batch path's
 *                       {@link ContentLinks#MAX_HOLDERS} by default)
 */
public record JobSettings(int ngram, int minWords, int maxDocumentFrequency, double storySimilarity,
                          double reuseCoverage, int maxDaysApart, int pairWindowDays, int partitions,
                          long maxBytes, int storyTerms, int storyPostings) implements Serializable {

    public JobSettings {
        new AnalysisSettings(ngram, minWords, maxDocumentFrequency); // validates
        new StorySettings(storySimilarity, reuseCoverage, maxDaysApart);
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
        AnalysisSettings a = AnalysisSettings.DEFAULTS;
        StorySettings s = StorySettings.DEFAULTS;
        return new JobSettings(a.ngram(), a.minWords(), a.maxDocumentFrequency(), s.minSimilarity(),
                s.reuseCoverage(), s.maxDaysApart(), 0, partitions, IngestOptions.DEFAULT_MAX_BYTES, ContentLinks.SEED_WORDS, ContentLinks.MAX_HOLDERS);
    }

    public AnalysisSettings analysis() {
        return new AnalysisSettings(ngram, minWords, maxDocumentFrequency);
    }

    public StorySettings stories() {
        return new StorySettings(storySimilarity, reuseCoverage, maxDaysApart);
    }

    public IngestOptions ingest() {
        return new IngestOptions(maxBytes, IngestOptions.DEFAULT_MAX_PROBLEMS_PER_FILE);
    }

    public JobSettings withPairWindow(int days) {
        return new JobSettings(ngram, minWords, maxDocumentFrequency, storySimilarity, reuseCoverage, maxDaysApart,
                days, partitions, maxBytes, storyTerms, storyPostings);
    }

    /** A bounded story link search: cost grows with documents x terms x postings, not with df squared. */
    public JobSettings withStorySearch(int terms, int postings) {
        return new JobSettings(ngram, minWords, maxDocumentFrequency, storySimilarity, reuseCoverage, maxDaysApart,
                pairWindowDays, partitions, maxBytes, terms, postings);
    }
}
