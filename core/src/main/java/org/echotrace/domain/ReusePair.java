package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * Text shared by two documents: the passages, how much of each document they cover and, where dates
 * allow, which way the text went.
 *
 * @param a               id of the first document (ids are ordered so that {@code a < b})
 * @param b               id of the second document
 * @param sharedWords     words in all passages (matched words)
 * @param coverageA       share of a's words that lie in a passage, 0..1
 * @param coverageB       share of b's words that lie in a passage, 0..1
 * @param directionReason why the direction was decided, in words
 * @param credited        the later document names the earlier one's outlet or one of its named sources
 *                        (either way round when the direction is unknown); null when not checked
 */
public record ReusePair(
        String a,
        String b,
        ReuseKind kind,
        int sharedWords,
        double coverageA,
        double coverageB,
        Direction direction,
        String directionReason,
        List<Passage> passages,
        Boolean credited) {

    public ReusePair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        passages = List.copyOf(passages);
    }

    /** A pair whose credit is not checked yet. */
    public ReusePair(String a, String b, ReuseKind kind, int sharedWords, double coverageA, double coverageB,
                     Direction direction, String directionReason, List<Passage> passages) {
        this(a, b, kind, sharedWords, coverageA, coverageB, direction, directionReason, passages, null);
    }

    public ReusePair withCredited(boolean newCredited) {
        return new ReusePair(a, b, kind, sharedWords, coverageA, coverageB, direction, directionReason, passages,
                newCredited);
    }
}
