package org.echotrace.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.domain.Statement;
import org.junit.jupiter.api.Test;

/** Figures of real sentences (the bundled example reports) as intervals with what they count. */
class TestQuantityReader {

    private static List<Quantity> read(String text) {
        return QuantityReader.read(new Statement("d", 0, text.length(), text, null));
    }

    @Test
    void moreThanIsOpenAbove() {
        Quantity q = read("More than 17,000 Iranians, many of them civilians, have been killed at the hands of the group.").get(0);
        assertEquals("More than 17,000", q.written());
        assertEquals(17000, q.low());
        assertNull(q.high());
        assertTrue(q.counted().contains("iranian"), q.counted().toString());
    }

    @Test
    void someIsRoundedAndOutOfIsATotalNotAClaimedFigure() {
        List<Quantity> found = read("The group's terrorist attacks have killed some 12,000 Iranians out of the nearly "
                + "17,000 who have been killed in terrorist attacks.");
        assertEquals(1, found.size(), found.toString());
        Quantity some = found.get(0);
        assertTrue(some.low() < 12000 && some.high() > 12000 && some.high() < 17000, some.toString());
    }

    @Test
    void theTwoTollsDisagreeButAgreeWithAtLeastOne() {
        Quantity more = read("More than 17,000 Iranians have been killed.").get(0);
        Quantity some = read("Attacks have killed some 12,000 Iranians.").get(0);
        assertTrue(more.countsSameAs(some));
        assertTrue(more.disjointFrom(some));

        Quantity atLeast = read("At least one MKO terrorist was killed and dozens of others were injured.").get(0);
        Quantity person = read("resulting in the death of at least one person and the injury of dozens more").get(0);
        assertFalse(atLeast.disjointFrom(person));
    }

    @Test
    void countWordsRangesAndYears() {
        Quantity dozens = read("dozens of others were injured during the clashes").get(0);
        assertEquals(24, dozens.low());
        assertEquals(99, dozens.high());

        Quantity range = read("increasing the number of asylum seekers to somewhere in the range of 500-2,000 members.").get(0);
        assertEquals(500, range.low());
        assertEquals(2000, range.high());

        assertTrue(read("They sided with Saddam during the 1980-88 imposed war.").isEmpty());
        assertTrue(read("after the victory of the Islamic Revolution in 1979 people").isEmpty());
    }
}
