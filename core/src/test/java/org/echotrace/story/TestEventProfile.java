package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.junit.jupiter.api.Test;

/** Reports that share their subject but not their specifics (year, names in the lead) are kept apart. */
class TestEventProfile {

    @Test
    void theLatestYearWrittenAloneCounts() {
        assertEquals(2008, EventProfile.latestYear("The 1999 film; in 2008 she returned."));
        assertEquals(1999, EventProfile.latestYear("In 1999, 2,013 people and 12.2014 units; 20134 hits."));
        assertEquals(0, EventProfile.latestYear("No year here, only 12 and 1850."));
    }

    @Test
    void aDatedReportAndAnotherYearsApartTellDifferentEvents() {
        EventProfile dated = EventProfile.of(dated("a", "The company released an emergency patch in 2013.", 2013));
        EventProfile older = EventProfile.of(Document.of("b", "The company released an emergency patch, its first since 2007."));
        EventProfile sameYear = EventProfile.of(Document.of("c", "The emergency patch of 2013 came on Tuesday."));
        assertEquals(EventProfile.CONFLICT, EventProfile.weigh(0.4, 0, dated, older));
        assertEquals(0.4, EventProfile.weigh(0.4, 0, dated, sameYear), 1e-12);
    }

    @Test
    void twoUndatedReportsAreNotHeldApartByTheirYears() {
        EventProfile a = EventProfile.of(Document.of("a", "The star of the 1999 film entered rehab."));
        EventProfile b = EventProfile.of(Document.of("b", "The actress entered rehab in 2013."));
        assertEquals(0.3, EventProfile.weigh(0.3, 0, a, b), 1e-12);
    }

    @Test
    void leadsNamingOtherPeopleLowerTheSimilarity() {
        EventProfile first = EventProfile.of(Document.of("a",
                "Lenny Marsh was placed on injured reserve on Wednesday, ending the running back's season."));
        EventProfile second = EventProfile.of(Document.of("b",
                "Otto Brandt was placed on injured reserve, ending the running back's season early."));
        EventProfile again = EventProfile.of(Document.of("c",
                "Lenny Marsh will miss the rest of the season after being placed on injured reserve."));
        assertEquals(EventProfile.NAMES_FLOOR * 0.4, EventProfile.weigh(0.4, 0, first, second), 1e-12);
        assertEquals(0.4, EventProfile.weigh(0.4, 0, first, again), 1e-12);
    }

    @Test
    void copiedTextLinksWhateverTheLeadsNameButNotAcrossYears() {
        EventProfile first = EventProfile.of(Document.of("a", "Lenny Marsh was placed on injured reserve on Wednesday."));
        EventProfile second = EventProfile.of(Document.of("b", "Otto Brandt was placed on injured reserve in 2013."));
        EventProfile dated = EventProfile.of(dated("c", "Otto Brandt was placed on injured reserve.", 2007));
        assertEquals(0.6, EventProfile.weigh(0.2, 0.6, first, second), 1e-12);
        assertEquals(EventProfile.CONFLICT, EventProfile.weigh(0.2, 0.6, second, dated));
    }

    @Test
    void wordsAlsoWrittenInLowerCaseAreNotNames() {
        EventProfile concept = EventProfile.of(Document.of("a",
                "Inheritance in Object Oriented design lets a class reuse code; inheritance and object reuse..."));
        EventProfile other = EventProfile.of(Document.of("b", "Classes reuse the methods of their parents."));
        assertEquals(0.3, EventProfile.weigh(0.3, 0, concept, other), 1e-12);
    }

    @Test
    void theClustererKeepsTwoYearsOfOneKindOfEventApart() {
        String patch = "Microsoft released an emergency patch for Internet Explorer to fix a zero-day flaw that lets"
                + " hackers take over computers; users should install the Internet Explorer update now. ";
        List<Document> documents = List.of(
                dated("new1", patch + "It is the first such fix of 2013.", 2013),
                dated("new2", patch + "The 2013 flaw affects every version.", 2013),
                Document.of("old1", patch + "Attacks rose through 2008."),
                Document.of("old2", patch + "The company's fixes of 2008 came monthly."));
        Map<String, String> storyOf = new java.util.HashMap<>();
        new StoryClusterer(StorySettings.DEFAULTS).cluster(documents, List.of())
                .forEach(s -> s.documents().forEach(d -> storyOf.put(d, s.id())));
        assertEquals(storyOf.get("new1"), storyOf.get("new2"));
        assertEquals(storyOf.get("old1"), storyOf.get("old2"));
        assertTrue(!storyOf.get("new1").equals(storyOf.get("old1")), storyOf.toString());
    }

    @Test
    void inAStoryOfFewDatedReportsHeadlinesSharingNoRareWordLowerTheSimilarity() {
        String body = "\n\nThe Republican front-runner spoke to voters in Iowa on Tuesday about the economy and the"
                + " campaign, as his rivals attacked him in new ads.";
        EventProfile endorsement = EventProfile.of(titled("a", "Sheriff Arpaio endorses Trump", body, 2011));
        EventProfile sameEvent = EventProfile.of(titled("b", "Arpaio backs Trump's bid at Iowa rally", body, 2011));
        EventProfile other = EventProfile.of(titled("c", "Trump ad hits rivals on trade", body, 2011));
        assertEquals(0.4, EventProfile.weighForFew(0.4, 0, endorsement, sameEvent), 1e-12, "both name Arpaio");
        assertEquals(0.4 * EventProfile.HEADLINE_FLOOR, EventProfile.weighForFew(0.4, 0, endorsement, other), 1e-12,
                "only the candidate, whom most news names, is shared");
        assertEquals(0.4, EventProfile.weigh(0.4, 0, endorsement, other), 1e-12,
                "a story of many: headlines do not count");
        assertEquals(0.3, EventProfile.weighForFew(0.1, 0.3, endorsement, other), 1e-12, "copied text links whatever");
    }

    @Test
    void anUntitledReportsFirstSentenceIsItsHeadlineAndAPossessiveItsOwner() {
        EventProfile titled = EventProfile.of(titled("a", "Lohan's court-ordered stay begins", "She began.", 2013));
        EventProfile untitled = EventProfile.of(dated("b",
                "Lindsay Lohan has checked into the Betty Ford Center. She will stay 90 days.", 2013));
        EventProfile otherCase = EventProfile.of(dated("c",
                "Tara Reid has entered a rehab program, her representative said. She had been seen at parties.", 2013));
        assertEquals(0.4, EventProfile.weighForFew(0.4, 0, titled, untitled), 1e-12);
        assertEquals(0.4 * EventProfile.HEADLINE_FLOOR, EventProfile.weighForFew(0.4, 0, titled, otherCase), 1e-12);
    }

    @Test
    void undatedReportsAreNotHeldApartByTheirHeadlines() {
        EventProfile a = EventProfile.of(Document.of("a", "Tara Reid has entered a rehab program. She was seen out."));
        EventProfile b = EventProfile.of(Document.of("b",
                "The actress checked herself into a clinic. She was seen out."));
        assertEquals(0.4, EventProfile.weighForFew(0.4, 0, a, b), 1e-12);
    }

    private static Document titled(String id, String title, String text, int year) {
        return new Document(id, id, title, null, null, Published.of(LocalDate.of(year, 5, 3)), false, false, false,
                text, List.of(), Map.of());
    }

    private static Document dated(String id, String text, int year) {
        return new Document(id, id, null, null, null, Published.of(LocalDate.of(year, 5, 3)), false, false, false,
                text, List.of(), Map.of());
    }
}
