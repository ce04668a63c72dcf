package org.echotrace.reuse;

import java.util.Objects;
import org.echotrace.domain.Direction;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;

/**
 * Decides which way text went between two documents from their publication dates alone: the earlier one
 * is the source. Anything less than a clear order (a missing date, equal times, or the same day where
 * one side has no time of day) is reported as unknown, with the reason.
 */
public final class DirectionRule {

    public record Decision(Direction direction, String reason) {
    }

    private DirectionRule() {
    }

    public static Decision decide(Document a, Document b) {
        Published pa = a.published();
        Published pb = b.published();
        if (pa == null || pb == null) {
            String missing = pa == null && pb == null ? a.id() + " and " + b.id() : pa == null ? a.id() : b.id();
            return new Decision(Direction.UNKNOWN, "no publication date for " + missing);
        }
        if (pa.date().equals(pb.date()) && (pa.time() == null || pb.time() == null)) {
            return new Decision(Direction.UNKNOWN, "both published on " + pa.date() + " and a time of day is missing");
        }
        if (Objects.equals(pa, pb)) {
            return new Decision(Direction.UNKNOWN, "both published at " + pa);
        }
        return pa.compareTo(pb) < 0
                ? new Decision(Direction.A_TO_B, a.id() + " (" + pa + ") was published before " + b.id() + " (" + pb + ")")
                : new Decision(Direction.B_TO_A, b.id() + " (" + pb + ") was published before " + a.id() + " (" + pa + ")");
    }
}
