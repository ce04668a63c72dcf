package org.echotrace.story;

import java.time.temporal.ChronoUnit;
import org.echotrace.domain.Published;

/**
 * How far apart in time two reports may be and still tell one event. Reports of one event come out
 * together: of the ECB+ document pairs that share an event and both carry a date, 71% are at most a day
 * apart and 81% at most a week (docs/evaluation.md). Two events of the same kind with the same actors
 * (a candidate's endorsement and, a week later, his advertisement) share their subject words, so
 * the further apart two reports are, the more alike they must be to join: a similarity counts whole up to
 * {@link #SAME_EVENT_DAYS} days apart and halves with every {@link #HALF_LIFE_DAYS} days beyond; past the
 * settings' {@code maxDaysApart} the pair never joins directly ({@value #APART}). Undated reports are
 * never held apart by time: time is used where it exists, never required.
 */
public final class StoryTime {

    /** What a pair too far apart counts for in average linkage: it pulls its groups' average down. */
    public static final double APART = -1;
    /** Days apart within which time says nothing (datelines, time zones, next-day print editions). */
    static final int SAME_EVENT_DAYS = 2;
    /** Days beyond {@link #SAME_EVENT_DAYS} that halve a similarity. */
    static final double HALF_LIFE_DAYS = 7;

    private StoryTime() {
    }

    /** A similarity as it counts for two reports published {@code daysApart} days apart (null: unknown). */
    public static double weigh(double similarity, Long daysApart, StorySettings settings) {
        if (daysApart == null) {
            return similarity;
        }
        long days = Math.abs(daysApart);
        if (days > settings.maxDaysApart()) {
            return APART;
        }
        if (days <= SAME_EVENT_DAYS) {
            return similarity;
        }
        return similarity * Math.pow(0.5, (days - SAME_EVENT_DAYS) / HALF_LIFE_DAYS);
    }

    /** The same for two publication dates, either of them null when unknown. */
    public static double weigh(double similarity, Published a, Published b, StorySettings settings) {
        return weigh(similarity, daysApart(a, b), settings);
    }

    /** Days between two publication dates, or null when either is unknown. */
    public static Long daysApart(Published a, Published b) {
        return a == null || b == null ? null : ChronoUnit.DAYS.between(a.date(), b.date());
    }
}
