package org.echotrace.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.domain.Mention;
import org.junit.jupiter.api.Test;

/** Sentences as the bundled example reports and PolNeAR articles write them. */
class TestAcronymDefinitions {

    @Test
    void longFormBeforeASingleAcronym() {
        String text = "TEHRAN (Tasnim) – Members of the Mujahideen-e-Khalq Organization of Iran (MKO) are set to move.";
        List<AcronymDefinitions.Definition> found = AcronymDefinitions.find("d", text);
        assertEquals(1, found.size(), "(Tasnim) is not an acronym");
        assertEquals("Mujahideen-e-Khalq Organization of Iran", found.get(0).longForm().text());
        assertEquals(List.of("MKO"), found.get(0).acronyms().stream().map(Mention::text).toList());
    }

    @Test
    void severalAcronymsSeparatedBySlash() {
        String text = "the anti-Iran terrorist group Mujahedin-e-Khalq (MEK / MKO) will be relocated";
        AcronymDefinitions.Definition definition = AcronymDefinitions.find("d", text).get(0);
        assertEquals("Mujahedin-e-Khalq", definition.longForm().text());
        assertEquals(List.of("MEK", "MKO"), definition.acronyms().stream().map(Mention::text).toList());
        Mention mek = definition.acronyms().get(0);
        assertEquals("MEK", text.substring(mek.start(), mek.end()));
    }

    @Test
    void longFormMustStartWithTheAcronymsLetter() {
        assertTrue(AcronymDefinitions.find("d", "said a spokesman for the group (ABC) on Monday").isEmpty());
        List<AcronymDefinitions.Definition> found =
                AcronymDefinitions.find("d", "The Federal Bureau of Investigation (FBI) declined to comment.");
        assertEquals("Federal Bureau of Investigation", found.get(0).longForm().text());
    }
}
