package org.echotrace.ingest;

import static org.echotrace.ingest.IngestFixtures.EXAMPLE;
import static org.echotrace.ingest.IngestFixtures.byId;
import static org.echotrace.ingest.IngestFixtures.reasonsRemoved;
import static org.echotrace.ingest.IngestFixtures.textsRemoved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled example: five real reports of one story, as plain text with their page furniture. */
class TestExampleIngest {
    private static IngestResult result;

    @BeforeAll
    static void readExample() {
        result = IngestFixtures.read(EXAMPLE);
    }

    @Test
    void readsAllFiveReportsWithoutProblems() {
        assertEquals(5, result.documents().size());
        assertTrue(result.problems().isEmpty(), IngestFixtures.problems(result));
        assertEquals("000_2ed75f499643938c", result.documents().get(0).id());
        assertTrue(result.documents().get(0).source().endsWith("000_2ed75f499643938c.txt"));
    }

    @Test
    void reportWithoutHeadlineOrDatelineIsOnlyNormalised() throws IOException {
        Document doc = byId(result, "000_2ed75f499643938c");
        String original = Files.readString(EXAMPLE.resolve("000_2ed75f499643938c.txt"));
        assertNull(doc.title());
        assertNull(doc.published());
        assertNull(doc.outlet());
        assertTrue(doc.removed().isEmpty(), doc.removed()::toString);
        assertEquals(original.replace("\r\n", "\n").replaceAll("[ \\t\\u00A0]+\\n", "\n").strip(), doc.text());
    }

    @Test
    void headlineDatelineSignOffAndCommentPromptAreTakenOut() {
        Document doc = byId(result, "001_e510f0f15825f0ec");
        assertEquals("MKO members reportedly struggling to find shelter", doc.title());
        assertTrue(doc.titleInferred());
        assertEquals(Published.of(LocalDateTime.of(2023, 9, 3, 22, 58)), doc.published());
        assertTrue(doc.publishedInferred());
        assertTrue(textsRemoved(doc).contains("Leave a Comment"));
        assertTrue(textsRemoved(doc).contains("MHA/PA"));
        assertTrue(reasonsRemoved(doc).contains("dateline"));
        assertFalse(doc.text().contains("Leave a Comment"));
        assertFalse(doc.text().contains("MHA/PA"));
        assertFalse(doc.text().contains("22:58"));
        assertFalse(doc.text().startsWith("MKO members reportedly"));
        // the city dateline names a place, not the outlet, and stays in the story
        assertNull(doc.outlet());
        assertEquals("TEHRAN", doc.metadata().get("dateline"));
        assertTrue(doc.text().contains("TEHRAN - As pressure"));
        assertTrue(doc.text().endsWith("added the prime minister."));
    }

    @Test
    void headlineFollowedDirectlyByBodyAndReadNextLink() {
        Document doc = byId(result, "002_f5b39aab0b15c470");
        assertEquals("Canada to host MKO terror group's headquarters: Reports", doc.title());
        assertTrue(doc.text().startsWith("Canada will now house"));
        assertTrue(reasonsRemoved(doc).contains("link to other articles"));
        assertFalse(doc.text().contains("Read next"));
        assertNull(doc.outlet());
    }

    @Test
    void datelineAndOutletOpenerAreCutFromTheFirstSentence() {
        Document doc = byId(result, "003_6dd2a2cadfda3647");
        assertEquals(Published.of(LocalDate.of(2023, 9, 3)), doc.published());
        assertTrue(doc.publishedInferred());
        assertEquals("Islam Times", doc.outlet());
        assertTrue(doc.outletInferred());
        assertNull(doc.title());
        assertTrue(doc.text().startsWith("As mounting pressures"), doc.text().substring(0, 40));
        assertTrue(reasonsRemoved(doc).contains("dateline"));
    }

    @Test
    void cookieBannerResidueAndRepeatedHeadlineAreRemoved() {
        Document doc = byId(result, "004_0fd4f377be1bc8b9");
        assertTrue(reasonsRemoved(doc).contains("cookie banner"));
        assertTrue(textsRemoved(doc).contains("Source Source"));
        assertFalse(doc.text().contains("cookies"));
        assertFalse(doc.text().contains("Source Source"));
        assertEquals("MKO terrorists relocated from Iraq to Albania", doc.title());
        assertEquals("Balkanspost", doc.outlet());
        assertTrue(doc.outletInferred());
        assertTrue(reasonsRemoved(doc).contains("title repeated in body"));
        assertFalse(doc.text().contains("Balkanspost"));
        assertTrue(doc.text().contains("The remaining members of"));
    }

    @Test
    void cleanedTextHasNoTrailingSpacesOrLongBlankRuns() {
        for (Document doc : result.documents()) {
            assertFalse(doc.text().contains("\n\n\n"), doc.id());
            assertFalse(doc.text().matches("(?s).*[ \\t\\u00A0]\\n.*"), doc.id());
            assertFalse(doc.text().contains("\r"), doc.id());
        }
    }
}
