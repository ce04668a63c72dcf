package org.echotrace.store;

import java.util.List;
import java.util.Objects;
import org.echotrace.domain.Claim;
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
 * @param claims     claim groups of that story the text repeats (needs its language and a store that
 *                   analyses stories; empty otherwise)
 */
public record CheckResult(Document document, List<ReusePair> reuse, Story story, double similarity,
                          List<Claim> claims) {
    public CheckResult {
        Objects.requireNonNull(document, "document");
        reuse = List.copyOf(reuse);
        claims = List.copyOf(claims == null ? List.of() : claims);
    }

    public CheckResult(Document document, List<ReusePair> reuse, Story story, double similarity) {
        this(document, reuse, story, similarity, List.of());
    }

    CheckResult withClaims(List<Claim> found) {
        return new CheckResult(document, reuse, story, similarity, found);
    }
}
