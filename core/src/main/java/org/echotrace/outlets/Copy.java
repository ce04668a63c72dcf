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
 * @param inSource where each passage stands in the source, in passage order
 * @param inTarget where the same passages stand in the target
 * @param credited the target credits the source (either way round when undirected); null when unknown
 */
record Copy(String source, String target, String sourceOutlet, String targetOutlet, boolean directed,
            int words, List<Span> inSource, List<Span> inTarget, Boolean credited, Published sourcePublished,
            Published targetPublished) {

    Copy {
        inSource = List.copyOf(inSource);
        inTarget = List.copyOf(inTarget);
    }

    int passages() {
        return inSource.size();
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
