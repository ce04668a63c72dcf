package org.echotrace.ingest;

import static org.echotrace.ingest.IngestFixtures.RESOURCES;
import static org.echotrace.ingest.IngestFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.junit.jupiter.api.Test;

class TestHtmlIngest {

    @Test
    void extractsMainTextAndMetadataFromAPage() {
        IngestResult result = IngestFixtures.read(RESOURCES.resolve("article.html"));
        Document doc = only(result);
        assertTrue(result.problems().isEmpty(), IngestFixtures.problems(result));
        assertEquals("article", doc.id());
        assertEquals("Harbour reopens after storm", doc.title());
        assertEquals("The Coastal Ledger", doc.outlet());
        assertEquals("https://ledger.example/news/harbour-reopens", doc.url());
        assertEquals(Published.of(LocalDateTime.of(2024, 2, 11, 8, 30)), doc.published());
        assertFalse(doc.titleInferred() || doc.outletInferred() || doc.publishedInferred());
        assertEquals("The harbour reopened on Sunday morning after three days of closure, the port authority said,"
                + " as crews cleared debris from the main channel.\n\n"
                + "Fishing boats were the first to leave, followed by the ferry to the islands, which had been"
                + " cancelled since Thursday.\n\n"
                + "\"We are relieved, but the damage to the north pier will take months to repair,\" said the harbour"
                + " master, adding that repairs would begin next week.", doc.text());
    }

    @Test
    void dropsNavigationCommentsRelatedLinksAndFooter() {
        String text = only(IngestFixtures.read(RESOURCES.resolve("article.html"))).text();
        for (String noise : new String[] {"Home", "Sport", "cookies", "Share", "Great news", "unrelated",
            "Another article", "rights reserved", "should never appear", "color"}) {
            assertFalse(text.contains(noise), noise);
        }
    }

    @Test
    void htmExtensionTitleElementJsonLdDateAndLineBreaks() {
        Document doc = only(IngestFixtures.read(RESOURCES.resolve("page.htm")));
        assertEquals("page", doc.id());
        assertEquals("Bridge closed for repairs", doc.title());
        assertEquals("Valley Times", doc.outlet());
        assertEquals(Published.of(LocalDate.of(2024, 3, 5)), doc.published());
        // the <h1> repeats the title at the top of the body
        assertTrue(doc.text().startsWith("The old bridge over the river"), doc.text());
        assertTrue(doc.text().contains("bearings.\nDrivers are asked"));
        assertFalse(doc.text().contains("Subscribe"));
        assertFalse(doc.text().contains("About"));
    }

    @Test
    void hostileMarkupVanishesFromTheText() {
        IngestResult result = IngestFixtures.read(RESOURCES.resolve("hostile.html"));
        Document doc = only(result);
        assertFalse(doc.text().contains("INJECTED"), doc.text());
        assertFalse(doc.text().contains("<"), doc.text());
        assertFalse(doc.text().toLowerCase().contains("javascript"), doc.text());
        assertFalse(doc.text().contains("alert"), doc.text());
        assertTrue(doc.text().startsWith("The city council approved the annual budget"));
        assertTrue(doc.text().contains("Members voted twelve to three"));
        assertTrue(doc.text().contains("The mayor said the vote showed broad support"));
        assertEquals("Council approves budget", doc.title());
    }

    @Test
    void aClassWordRepeatedInOneElementIsRead() {
        // class="nav nav-top" names "nav" twice: every such page used to be skipped ("duplicate element: nav")
        IngestResult result = IngestFixtures.ingester().readString("repeated.html",
                "<html><body><nav class=\"nav nav-top\"><a href=\"/\">Home</a></nav><article class=\"story story-body\">"
                        + "<p>The regional council voted on Monday to keep the night trains running through the winter,"
                        + " after a petition signed by nine thousand residents.</p></article></body></html>");
        assertTrue(result.problems().isEmpty(), IngestFixtures.problems(result));
        assertTrue(only(result).text().startsWith("The regional council voted"), only(result).text());
        assertFalse(only(result).text().contains("Home"));
    }

    @Test
    void pageWithoutArticleTextIsAProblem() {
        IngestResult result = IngestFixtures.ingester().readString("empty.html",
                "<html><head><title>Nothing</title><script>var x = 1;</script></head><body><nav>Menu</nav></body></html>");
        assertTrue(result.documents().isEmpty());
        assertEquals("no article text found in HTML", IngestFixtures.onlyProblem(result).reason());
    }

    @Test
    void malformedMarkupIsReadLeniently() {
        IngestResult result = IngestFixtures.ingester().readString("broken.html",
                "<html><body><div><p>An unclosed paragraph with enough words to count as prose<p>Another one"
                        + " <b>bold and <i>crossed</b> tags</i> that jsoup repairs for us<div></html>");
        Document doc = only(result);
        assertTrue(doc.text().contains("An unclosed paragraph"));
        assertTrue(doc.text().contains("bold and crossed tags"));
    }
}
