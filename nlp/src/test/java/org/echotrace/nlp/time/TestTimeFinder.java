package org.echotrace.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.language.TimeExpression;
import org.echotrace.nlp.Example;
import org.junit.jupiter.api.Test;

/** SUTime's dates on the bundled example's real reports, normalised and tied to the clause they date. */
class TestTimeFinder {

    private static TimeExpression written(List<TimeExpression> times, String text) {
        return times.stream().filter(t -> t.text().text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + text + "\" in " + times));
    }

    @Test
    void lateJuneDatesTheRaidAndAugustTheBanInADatedReport() {
        Document report = Example.report("001");
        assertEquals(LocalDate.of(2023, 9, 3), report.published().date());
        List<TimeExpression> times = Example.analyzed("001").times();

        TimeExpression june = written(times, "late June");
        assertEquals("2023-06", june.value());
        assertEquals("month", june.precision());
        assertEquals("late", june.modifier());
        assertTrue(june.anchored());
        assertEquals("flee", june.verb());
        assertTrue(june.event().text().contains("raided the camp"), june.event().text());
        assertEquals(june.event().text(), june.event().span().of(report.text()), "offsets point into the cleaned text");

        TimeExpression august = written(times, "August");
        assertEquals("2023-08", august.value());
        assertTrue(august.sentence().text().contains("banned Maryam Rajavi"), august.sentence().text());
    }

    @Test
    void relativeDaysResolveAgainstThePublicationDate() {
        TimeExpression saturday = written(Example.analyzed("001").times(), "Saturday");
        assertEquals("2023-09-02", saturday.value(), "the Saturday before Sunday 3 September 2023");
        assertEquals("day", saturday.precision());
        assertEquals("release", saturday.verb());
    }

    @Test
    void withoutADateLastWeekIsLeftUnanchoredAndNotGuessed() {
        Document report = Example.report("000");
        assertEquals(null, report.published());
        List<TimeExpression> times = Example.analyzed("000").times();
        TimeExpression lastWeek = written(times, "Last week");
        assertFalse(lastWeek.anchored());
        assertEquals("week", lastWeek.precision());
        assertFalse(lastWeek.value().matches(".*\\d{4}.*"), lastWeek.value());
        assertEquals("ban", lastWeek.verb());

        TimeExpression june = written(times, "late June");
        assertFalse(june.anchored());
        assertEquals("XXXX-06", june.value());
    }

    @Test
    void writtenYearsStayAnchoredWithoutADate() {
        List<TimeExpression> times = Example.analyzed("004").times();
        TimeExpression eighties = written(times, "the 1980s");
        assertEquals("198X", eighties.value());
        assertEquals("decade", eighties.precision());
        assertTrue(eighties.anchored());
        TimeExpression since = written(times, "2013");
        assertTrue(times.stream().anyMatch(t -> "since".equals(t.modifier()) && t.value().equals("2013")), times::toString);
        assertEquals("2013", since.value());
        TimeExpression summer = written(times, "the summer of 2016");
        assertEquals("2016-SU", summer.value());
        assertEquals("season", summer.precision());
    }

    @Test
    void durationsAndThePresentDateNothing() {
        List<TimeExpression> times = Example.analyzed("001").times();
        for (String nothing : List.of("now", "currently", "recent weeks", "previously")) {
            assertTrue(times.stream().noneMatch(t -> t.text().text().equalsIgnoreCase(nothing)), nothing + " in " + times);
        }
    }

    @Test
    void aPossessedSeasonWordIsNotADate() {
        // 004: "were disarmed after Saddam's fall"
        assertTrue(Example.analyzed("004").times().stream().noneMatch(t -> t.text().text().equals("fall")));
    }
}
