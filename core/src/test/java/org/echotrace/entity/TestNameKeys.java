package org.echotrace.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestNameKeys {

    @Test
    void keyIgnoresCaseHyphensArticleAndPossessive() {
        assertEquals("ashraf 3", NameKeys.key("Ashraf-3"));
        assertEquals("ashraf 3", NameKeys.key("Ashraf 3"));
        assertEquals("tehran", NameKeys.key("TEHRAN"));
        assertEquals("new york post", NameKeys.key("The New York Post’s"));
    }

    @Test
    void transliterationVariantsShareASkeleton() {
        // Spellings of one Persian name as five outlets wrote it.
        String skeleton = NameKeys.skeleton(NameKeys.key("Mujahedin-e-Khalq"));
        assertEquals(skeleton, NameKeys.skeleton(NameKeys.key("Mujahedin-e-Khalk")));
        assertEquals(skeleton, NameKeys.skeleton(NameKeys.key("Mujahideen-e-Khalq")));
        assertEquals(skeleton, NameKeys.skeleton(NameKeys.key("Mojahedin-e Khalq")));
        assertEquals(NameKeys.skeleton(NameKeys.key("Gaddafi")), NameKeys.skeleton(NameKeys.key("Qaddafi")));
    }

    @Test
    void shortOrDifferentNamesDoNotMeet() {
        assertEquals("", NameKeys.skeleton(NameKeys.key("Iran")), "too short to compare by skeleton");
        assertFalse(NameKeys.variantSpellings(NameKeys.key("Albania"), NameKeys.key("Armenia")));
        assertFalse(NameKeys.variantSpellings(NameKeys.key("Hillary Clinton"), NameKeys.key("Bill Clinton")));
        assertTrue(NameKeys.variantSpellings(NameKeys.key("Mujahedin-e-Khalq Organization"), NameKeys.key("Mujahideen-e-Khalq")));
    }

    @Test
    void genericTailIsDropped() {
        assertEquals("tasnim", NameKeys.withoutGenericTail(NameKeys.key("Tasnim News Agency")));
        assertEquals("mujahedin e khalq", NameKeys.withoutGenericTail(NameKeys.key("Mujahedin-e-Khalq Organization")));
        assertEquals("agency", NameKeys.withoutGenericTail("agency"), "a name is never emptied");
    }

    @Test
    void initialsAndAcronyms() {
        assertEquals("US", NameKeys.initials("United States"));
        assertEquals("EU", NameKeys.initials("European Union"));
        assertTrue(NameKeys.isAcronym("NCRI"));
        assertEquals("", NameKeys.initials("Canada"));
    }
}
