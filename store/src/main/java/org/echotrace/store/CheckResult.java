package org.echotrace.store;

import java.util.List;
import java.util.Objects;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;

/**
 * A text matched against the store without storing it.
 *
 * @param document   the text as cleaned; every passage offset on its side points into its text
 * @param reuse      stored articles it shares passages with, most shared words first
 * @param story      the stored story it would join, or null
 * @param similarity its average similarity to that story (0 when none)
 */
public record CheckResult(Document document, List<ReusePair> reuse, Story story, double similarity) {
    public CheckResult {
        Objects.requireNonNull(document, "document");
        reuse = List.copyOf(reuse);
    }
}
