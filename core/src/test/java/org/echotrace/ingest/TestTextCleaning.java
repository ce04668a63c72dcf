package org.echotrace.ingest;

import static org.echotrace.ingest.IngestFixtures.only;
import static org.echotrace.ingest.IngestFixtures.reasonsRemoved;
import static org.echotrace.ingest.IngestFixtures.textsRemoved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleaning and inference on made-up texts, one mechanism at a time. */
class TestTextCleaning {
    private static final String BODY = "The committee met on Tuesday and agreed on a new plan for the river banks.\n\n"
            + "Work is expected to start next year, officials said after the meeting.";

    private static Document clean(String text) {
        return only(IngestFixtures.ingester().readString("story.txt", text));
    }

    @Test
    void normalisesNewlinesBomTrailingSpacesAndBlankRuns() {
        Document doc = clean("\uFEFFFirst line of the story ends here.  \r\nSecond line.\u00A0\r\n\r\n\r\n\r\nThird line.\r\n");
        assertEquals("First line of the story ends here.\nSecond line.\n\nThird line.", doc.text());
        assertTrue(doc.removed().isEmpty());
        assertEquals("story", doc.id());
        assertEquals("story.txt", doc.source());
    }

    /** The hand-written trailing-space strip removes what the regular expression it replaced removed. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "plain", "ends in spaces  \t", "no-break\u00A0\u2007\u202F", "  \u00A0  ",
        "before a separator  \u2028", "before a next-line \u0085", "two separators \u2029\u2029",
        "inner  spaces kept", "\u000B\f", "space after a separator\u2028 "})
    void stripsTrailingSpaceAsThePatternDid(String line) {
        String byPattern = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+$").matcher(line).replaceAll("");
        assertEquals(byPattern, DocumentDraft.withoutTrailingSpace(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This website uses cookies to improve your experience. Accept Read More",
        "We use cookies to personalise content and ads.",
        "Accept cookies",
        "Leave a Comment",
        "Leave a Reply",
        "Post a comment",
        "Read next: Another story about something else",
        "Read more: The full story",
        "Related: Council votes on budget",
        "Also read",
        "Share this",
        "Share on Facebook",
        "Subscribe to our newsletter",
        "Follow us on Twitter",
        "Facebook Twitter WhatsApp Email",
        "© 2024 Example Media. All rights reserved.",
        "Copyright 2024 Example Media",
        "Source Source",
    })
    void removesBoilerplateLines(String boilerplate) {
        Document doc = clean(BODY + "\n\n" + boilerplate + "\n");
        assertEquals(BODY, doc.text());
        assertEquals(java.util.List.of(boilerplate), textsRemoved(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The company said it will share the data with regulators on Facebook and elsewhere.",
        "Related talks are expected to resume next week in the capital.",
        "Readers were asked to leave a comment on the proposal before Friday.",
        "She said we use cookies in the bakery every morning, which surprised everyone.",
        "Follow the money, the investigator told the committee on Monday.",
        "Sign up for the vaccine at your local pharmacy, the ministry urged.",
        "Source code for the tool was published on Monday.",
    })
    void keepsArticleSentencesThatMerelyMentionBoilerplateWords(String sentence) {
        Document doc = clean(BODY + "\n\n" + sentence);
        assertTrue(doc.text().endsWith(sentence), doc.removed()::toString);
        assertTrue(doc.removed().isEmpty(), doc.removed()::toString);
    }

    @Test
    void removesTrailingEditorInitialsOnlyAtTheEnd() {
        Document doc = clean(BODY + "\n\nAB/CD\n");
        assertEquals(BODY, doc.text());
        assertEquals(java.util.List.of("editor sign-off"), reasonsRemoved(doc));

        Document middle = clean("AB/CD\n\n" + BODY);
        assertTrue(middle.text().startsWith("AB/CD"));
    }

    @Test
    void standaloneDatelineIsRemovedAndRead() {
        Document doc = clean("Headline about the river plan\n\nSep. 3, 2023\n\n" + BODY);
        assertEquals(Published.of(LocalDate.of(2023, 9, 3)), doc.published());
        assertTrue(doc.publishedInferred());
        assertEquals("Headline about the river plan", doc.title());
        assertEquals(BODY, doc.text());
    }

    @Test
    void datelineWithLabelAndTime() {
        Document doc = clean("Published: Sunday, 3 September 2023, 10:15 pm\n" + BODY);
        assertEquals(Published.of(LocalDateTime.of(2023, 9, 3, 22, 15)), doc.published());
        assertEquals(BODY, doc.text());
    }

    @Test
    void dateBeginningASentenceIsStoryContent() {
        String text = "3 September 2023 was the wettest day on record in the valley, forecasters said.\n" + BODY;
        Document doc = clean(text);
        assertNull(doc.published());
        assertEquals(text, doc.text());
    }

    @Test
    void datelineFarDownIsNotAPublicationDate() {
        String text = "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\n2023-09-03\n" + BODY;
        assertNull(clean(text).published());
    }

    @Test
    void outletOpenerGivesOutletAndIsCut() {
        Document doc = clean("Daily Courier - The committee met on Tuesday and agreed on a new plan.\nMore text follows.");
        assertEquals("Daily Courier", doc.outlet());
        assertTrue(doc.outletInferred());
        assertTrue(doc.text().startsWith("The committee met"));
        assertEquals(java.util.List.of("outlet opener"), reasonsRemoved(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LONDON - The committee met on Tuesday and agreed on a new plan.",
        "WASHINGTON (Agency) - The committee met on Tuesday and agreed on a new plan.",
        "Breaking: The committee met on Tuesday and agreed on a new plan.",
        "The mayor - who was re-elected in May - said the committee met on Tuesday.",
    })
    void capitalCityDatelinesAndLabelsAreNotOutlets(String firstLine) {
        Document doc = clean(firstLine + "\nMore text follows here.");
        assertNull(doc.outlet());
        assertTrue(doc.text().startsWith(firstLine));
    }

    @Test
    void cityDatelineIsNotedInMetadata() {
        Document doc = clean("WASHINGTON, Sept. 3, 2023 (Agency) - The committee met on Tuesday.\nMore text.");
        assertEquals("WASHINGTON (Agency)", doc.metadata().get("dateline"));
        assertEquals(Published.of(LocalDate.of(2023, 9, 3)), doc.published());
        assertTrue(doc.text().startsWith("WASHINGTON, Sept. 3, 2023"));
    }

    @Test
    void singleBlockWithoutHeadlineHasNoTitle() {
        Document doc = clean("A short line without a final period\nthat continues the same sentence.");
        // the second line is not body text of its own: it starts in lower case, so nothing is a headline
        assertNull(doc.title());
        assertNull(clean("Just one line with no period").title());
    }

    @Test
    void givenTitleRepeatedAtTopOfBodyIsRemoved() {
        String jsonl = "{\"id\":\"x\",\"title\":\"River plan agreed\",\"text\":\"River plan agreed\\n\\n" + "The committee met.\"}";
        Document doc = only(IngestFixtures.ingester().readString("feed.jsonl", jsonl));
        assertEquals("The committee met.", doc.text());
        assertFalse(doc.titleInferred());
        assertEquals(java.util.List.of("title repeated in body"), reasonsRemoved(doc));
    }
}
