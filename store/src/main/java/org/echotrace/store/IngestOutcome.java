package org.echotrace.store;

import java.util.List;
import java.util.Objects;
import org.echotrace.domain.ReusePair;

/**
 * What storing one article did.
 *
 * @param story      the story it is in now
 * @param newStory   true when it founded that story
 * @param similarity its average similarity to the story it joined (0 for a new story)
 * @param reuse      the stored articles it shares passages with
 */
public record IngestOutcome(String document, Status status, String story, boolean newStory, double similarity,
                            List<ReusePair> reuse) {

    public enum Status {
        /** Not stored before. */
        ADDED,
        /** Stored before with another text: the old version and its results were replaced. */
        REPLACED,
        /** Stored before with the same text: nothing changed. */
        UNCHANGED
    }

    public IngestOutcome {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(status, "status");
        reuse = List.copyOf(reuse);
    }
}
