package org.echotrace.outlets;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.echotrace.domain.Published;
import org.echotrace.domain.Span;

/**
 * One reuse pair between documents of two different outlets, turned the way the text went: from the
 * source (earlier) document to the target (later) one. An undirected copy keeps the pair's order.
 *
 * @param inSource   where each passage stands in the source, in passage order
 * @param inTarget   where the same passages stand in the target
 * @param identities each passage's share of aligned words that are the same on both sides
 * @param credited   the target credits the source (either way round when undirected); null when unknown
 * @param direct     the target took the text from this source, not from another copy of it (see {@link DirectSources})
 *
 * <p>Public (and read and written as JSON) only so that a job can move copies between machines ({@link OutletSteps}).
 */
public record Copy(String source, String target, String sourceOutlet, String targetOutlet, boolean directed,
            int words, List<Span> inSource, List<Span> inTarget, List<Double> identities, Boolean credited,
            Published sourcePublished, Published targetPublished, boolean direct) {

    public Copy {
        inSource = List.copyOf(inSource);
        inTarget = List.copyOf(inTarget);
        identities = List.copyOf(identities);
    }

    int passages() {
        return inSource.size();
    }

    Copy indirect() {
        return new Copy(source, target, sourceOutlet, targetOutlet, directed, words, inSource, inTarget, identities,
                credited, sourcePublished, targetPublished, false);
    }

    /** Hours from the source's publication to the target's; null when either date is missing or undirected. */
    Double delayHours() {
        if (!directed || sourcePublished == null || targetPublished == null) {
            return null;
        }
        return Duration.between(atTime(sourcePublished), atTime(targetPublished)).toMinutes() / 60.0;
    }

    /** A missing time of day counts as the start of the day. */
    private static LocalDateTime atTime(Published p) {
        return p.date().atTime(p.timeOfDay().orElse(LocalTime.MIDNIGHT));
    }
}
