package org.echotrace.timeline;

import org.echotrace.domain.ReferenceDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference-date rule on the bundled example's real reports. */
class TestReferenceDates {

    private static List<Document> example;

    @BeforeAll
    static void readExample() {
        example = new Ingester(IngestOptions.defaults()).read(List.of(Path.of("../examples/mko-relocation-2023").toString()),
                new ByteArrayInputStream(new byte[0]), Progress.NONE).documents();
    }

    private static Document byId(String prefix) {
        return example.stream().filter(d -> d.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Document publishedOn(Document document, String date) {
        return new Document(document.id(), document.source(), document.title(), document.outlet(), document.url(),
                Published.parse(date), false, false, false, document.text(), document.removed(), document.metadata());
    }

    @Test
    void aCurrentReportIsResolvedAgainstItsPublicationDate() {
        ReferenceDate date = ReferenceDates.of(byId("001"));
        assertEquals(LocalDate.of(2023, 9, 3), date.date());
        assertFalse(date.republished());
    }

    @Test
    void historyWrittenInYearsAloneDoesNotMakeAReportOld() {
        // 003 writes only "the 1980s" and "1979"; its own events are "in June", "in August"
        ReferenceDate date = ReferenceDates.of(byId("003"));
        assertEquals(LocalDate.of(2023, 9, 3), date.date());
        assertFalse(date.republished(), date.reason());
    }

    @Test
    void anUndatedReportHasNoReferenceDate() {
        ReferenceDate date = ReferenceDates.of(byId("000"));
        assertNull(date.date());
        assertFalse(date.republished());
    }

    @Test
    void theOlderStoryUnderANewDateIsFlaggedAndNotAnchored() {
        // 004 tells the 2016 move to Albania ("the start of 2016", "Beginning 2013", "the summer of 2016")
        ReferenceDate date = ReferenceDates.of(publishedOn(byId("004"), "2023-09-03"));
        assertTrue(date.republished(), date.reason());
        assertNull(date.date());
        assertTrue(date.reason().contains("2016"), date.reason());
    }

    @Test
    void theOlderStoryAtItsOwnTimeIsNotFlagged() {
        ReferenceDate date = ReferenceDates.of(publishedOn(byId("004"), "2017-01-10"));
        assertFalse(date.republished(), date.reason());
        assertEquals(LocalDate.of(2017, 1, 10), date.date());
    }

    @Test
    void writtenYearsAreCountedFineOnlyWithAMonthSeasonOrPartOfYear() {
        ReferenceDates.WrittenYears years = ReferenceDates.WrittenYears.in(
                "In June 2016 they left; on March 3, 2015 and 2014-05-02 too. The 1979 revolution; 2,000 people; 1,900.");
        assertEquals(3, years.fine());
        assertEquals(2016, years.latest());
    }
}
