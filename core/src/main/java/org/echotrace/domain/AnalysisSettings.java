package org.echotrace.domain;

import java.io.Serializable;
import java.util.Objects;
import org.echotrace.claims.ClaimSettings;
import org.echotrace.story.StorySettings;

/**
 * Every knob an analysis ran with, recorded in the report so that a reader can run it again the same way.
 * Serializable so that a Spark job can ship it to its executors as it is.
 *
 * @param reuse   how shared passages are found
 * @param stories when documents are one story
 * @param claims  when statements are one claim; null when the claims stage did not run (no language layer)
 */
public record AnalysisSettings(ReuseSettings reuse, StorySettings stories, ClaimSettings claims)
        implements Serializable {

    /** The defaults of every command, claims included. */
    public static final AnalysisSettings DEFAULTS =
            new AnalysisSettings(ReuseSettings.DEFAULTS, StorySettings.DEFAULTS, ClaimSettings.DEFAULTS);

    public AnalysisSettings {
        Objects.requireNonNull(reuse, "reuse");
        Objects.requireNonNull(stories, "stories");
    }

    /** Reuse and stories only: what an analysis without the language layer records. */
    public static AnalysisSettings withoutClaims(ReuseSettings reuse, StorySettings stories) {
        return new AnalysisSettings(reuse, stories, null);
    }
}
