package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echotrace.domain.Document;
import org.junit.jupiter.api.Test;

/** A story is titled by a headline or a lead sentence, never by a dateline. */
class TestStoryNaming {

    @Test
    void aDatelineIsSkippedForTheLeadSentence() {
        Document report = Document.of("r1", "21 July 2013 Last updated at 11:11 GMT\n\n"
                + "Floods closed the main roads into the city on Sunday. Rescue teams worked through the night.");
        assertEquals("Floods closed the main roads into the city on Sunday.", StoryNaming.titleOf(report));
    }

    @Test
    void datelinesAreFiguresAndCalendarWords() {
        assertTrue(StoryNaming.isDateline("21 July 2013 Last updated at 11:11 GMT"));
        assertTrue(StoryNaming.isDateline("May 03, 2013"));
        assertFalse(StoryNaming.isDateline("Lindsay Lohan checks into Betty Ford Center"));
        assertFalse(StoryNaming.isDateline("Seven killed as 6.1 quake hits the coast on Monday"));
    }
}
