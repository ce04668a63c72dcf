package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.domain.StoryEvent;
import org.junit.jupiter.api.Test;

/** A story's event from its members' leads; the leads are those of ECB+ reports (topic 1, event 1+; topic 19). */
class TestStoryEvents {

    private static final Document ACCESS = Document.of("1_1ecbplus", """
            Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab

            First Published: June 13, 2013 4:59 PM EDT

            Lindsay Lohan has left the Betty Ford Center and is moving to a rehab facility in Malibu, Calif., \
            Access Hollywood has confirmed.""");
    private static final Document CHECKS_OUT = Document.of("1_20ecbplus", """
            Lindsay Lohan Checks Out Of Betty Ford Treatment Center And Into Malibu Rehab

            Posted on Thu Jun 13, 2013 08:45 AM PDT

            Lindsay Lohan has checked out of the Betty Ford Treatment Center in Palm Springs after completing a \
            30 - day program, but she's not in the clear yet!

            The Mean Girls star just checked - in to the Cliffside Rehab Center in Malibu, where she will receive \
            extended treatment, TMZ reports.""");
    private static final Document CENTRE = Document.of("1_3ecbplus", """
            Lindsay Lohan Checks Out Of Rehab... To Check Into Different Rehab Centre

            14 June 2013

            The actress has left the Betty Ford Centre and gone to Malibu's Cliffside resort.""");
    private static final Document VIGIL = Document.of("19_6ecbplus", """
            Brooklyn neighborhood on police lockdown following protest

            Published time: March 12, 2013 02:03

            Edited time: March 13, 2013 02:15

            Police intervened after more than 100 people joined together for a candlelit vigil in the East \
            Flatbush neighborhood in Brooklyn, New York, where 16 - year - old Kimani Gray was shot.""");

    @Test
    void keepsWhatMostReportsWriteAndNotOneReportsDetail() {
        StoryEvent event = StoryEvents.of(List.of(ACCESS, CHECKS_OUT, CENTRE));
        assertTrue(event.actors().contains("Lindsay Lohan"), event.toString());
        assertTrue(event.places().contains("Malibu"), event.toString());
        assertFalse(event.actors().contains("Mean Girls"), "one report's detail: " + event);
        assertFalse(event.actors().contains("Palm Springs"), event.toString());
        // undated reports: the latest year their texts write
        assertEquals(2013, event.year());
        assertEquals("written", event.yearFrom());
    }

    @Test
    void aHeadlinesTitleCaseAndCalendarWordsAreNoNames() {
        StoryEvent event = StoryEvents.of(List.of(CHECKS_OUT));
        assertTrue(event.actors().contains("Lindsay Lohan"), event.toString());
        assertFalse(event.actors().stream().anyMatch(name -> name.contains("Checks") || name.contains("Thu")
                || name.contains("Jun") || name.equals("Rehab")), event.toString());
        assertTrue(event.actions().contains("checked"), event.toString());
        assertFalse(event.actions().contains("reports"), "the reporting is no event: " + event);
    }

    @Test
    void figuresCountSomethingAndAreNoYearTimeOrDate() {
        StoryEvent event = StoryEvents.of(List.of(VIGIL));
        assertEquals(List.of("100 people"), event.figures());
        assertTrue(event.places().contains("Brooklyn"), event.toString());
    }

    @Test
    void aShoutedLabelIsNoName() {
        // the opening of a PolNeAR NYT text (nyt_2015-11-09_jobs-report-gives-democrats-a-li)
        StoryEvent event = StoryEvents.of(List.of(Document.of("nyt", """
                Jobs report gives Democrats a lift;\s
                Solid upturn, with a rise in hourly earnings, could blunt Republican claims.

                ABSTRACT.

                A more tangible economic upswing could help Democrats keep the White House after the Obama \
                administration's long struggle with a slow recovery.

                FULL TEXT.

                The surprisingly""")));
        assertFalse(event.actors().contains("FULL TEXT"), event.toString());
        assertTrue(event.actors().contains("White House"), event.toString());
    }

    @Test
    void theOrderOfTheReportsChangesNothing() {
        List<Document> members = new ArrayList<>(List.of(ACCESS, CHECKS_OUT, CENTRE, VIGIL));
        StoryEvent first = StoryEvents.of(members);
        Collections.reverse(members);
        assertEquals(first, StoryEvents.of(members));
        Collections.swap(members, 0, 2);
        assertEquals(first, StoryEvents.of(members));
    }
}
