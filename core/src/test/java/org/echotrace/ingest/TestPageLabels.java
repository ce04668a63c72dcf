package org.echotrace.ingest;

import static org.echotrace.ingest.IngestFixtures.only;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.domain.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What branch web4 took out of a page's text: the page's labels left alone on a line (advertisement, source and
 * photo credit, contact and author box titles, tables of contents, category lines, update stamps, reading times,
 * share, comment and "more articles" prompts in the languages of the pages measured) and headlines that sit inside
 * a link to another page. A sentence that only starts with such a word stays, and so does an e-mail address
 * written as a link (a press contact).
 */
class TestPageLabels {
    private static final String BODY = "<p>The council met on Monday to discuss the new harbour plan, which would double the"
            + " number of berths by the end of the decade and move the ferry terminal.</p>"
            + "<p>Members asked for a study of the costs before any vote, and the mayor agreed to present one in the"
            + " spring, together with the views of the fishing cooperative.</p>";

    @TempDir
    Path folder;

    private Document read(String article) throws IOException {
        Path page = folder.resolve("page.html");
        Files.writeString(page, "<html><head><title>Harbour plan</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-05\"></head><body><main><article>"
                + article + "</article></main></body></html>", StandardCharsets.UTF_8);
        return only(IngestFixtures.read(page));
    }

    @Test
    void labelsOfThePageAroundTheArticleGo() throws IOException {
        List<String> labels = List.of("Advertisement", "- Anzeige -", "Anzeige, enthält Affiliate Links",
                "Quelle: Landesregierung", "Źródło: ISBnews", "Crédits photos : Bestimage", "Kontakt:",
                "About the author", "Table of Contents", "Kategorie: News", "Tags: harbour, ferries",
                "Updated 9:06 AM", "Last updated at 22:46 GMT", "Zuletzt aktualisiert", "Lesezeit: 3 Minuten",
                "5 min read", "Möchten Sie den Artikel teilen?", "Kommentar verfassen", "3 Kommentare",
                "Weitere Artikel zum Thema", "Das Thema könnte dich auch interessieren:", "Most popular",
                "Next article", "Zurück zu allen Meldungen", "Seite teilen", "Skip to main content",
                "Continue reading the main story");
        StringBuilder page = new StringBuilder(BODY.substring(0, BODY.indexOf("</p>") + 4));
        labels.forEach(label -> page.append("<p>").append(label).append("</p>"));
        page.append(BODY.substring(BODY.indexOf("</p>") + 4));
        Document doc = read(page.toString());
        for (String label : labels) {
            assertFalse(doc.text().contains(label), label + " in:\n" + doc.text());
        }
        assertTrue(doc.text().contains("the ferry terminal.\n\nMembers asked"), doc.text());
        assertTrue(IngestFixtures.reasonsRemoved(doc).containsAll(List.of("advertisement label", "caption or credit",
                "page label", "update stamp", "share or subscribe prompt", "comment prompt", "link to other articles")),
                IngestFixtures.reasonsRemoved(doc).toString());
    }

    /** The story stage reads when a report was written from the dates in its text (see UpdateStampFilter). */
    @Test
    void anUpdateStampWithADateStaysForTheStoryStage() throws IOException {
        List<String> stamps = List.of("Zuletzt aktualisiert am 28.01.2020", "Last updated: 13 July 2020");
        // below the first lines, where the dateline stage would take one as the publication date
        StringBuilder page = new StringBuilder(BODY + BODY + BODY);
        stamps.forEach(stamp -> page.append("<p>").append(stamp).append("</p>"));
        Document doc = read(page.toString());
        for (String stamp : stamps) {
            assertTrue(doc.text().contains(stamp), stamp + " missing from:\n" + doc.text());
        }
    }

    @Test
    void sentencesThatStartWithALabelWordStay() throws IOException {
        List<String> sentences = List.of("Werbung ist für die Zeitung die wichtigste Einnahme.",
                "Contact with the ferry was lost at noon.", "Sources said the vote would wait until May.",
                "Updated plans are due in April.", "Back then the harbour was much smaller.");
        StringBuilder page = new StringBuilder(BODY);
        sentences.forEach(sentence -> page.append("<p>").append(sentence).append("</p>"));
        Document doc = read(page.toString());
        for (String sentence : sentences) {
            assertTrue(doc.text().contains(sentence), sentence + " missing from:\n" + doc.text());
        }
    }

    @Test
    void aPressContactWrittenAsAnEmailLinkIsText() throws IOException {
        Document doc = read(BODY + "<p><a href=\"mailto:press@harbour.example\">press@harbour.example</a></p>");
        assertTrue(doc.text().endsWith("the fishing cooperative.\n\npress@harbour.example"), doc.text());
    }

    @Test
    void aHeadlineInsideALinkToAnotherPageIsATeaser() throws IOException {
        String first = BODY.substring(0, BODY.indexOf("</p>") + 4);
        Document doc = read(first + "<div class=\"card\"><a href=\"/news/ferry-prices\"><h3>Ferry prices rise again"
                + " this summer</h3></a><p>The operator blames fuel for the third rise in two years.</p></div>"
                + "<div class=\"accordion\"><a href=\"#costs\" role=\"button\"><h3>What the study will cost</h3></a>"
                + "<div id=\"costs\"><p>The study is expected to cost about two hundred thousand euros, shared by the"
                + " city and the port authority, and to take the engineers most of the winter.</p></div></div>"
                + BODY.substring(first.length()));
        assertFalse(doc.text().contains("Ferry prices rise"), doc.text());
        // a link to a place on the same page (an accordion's title) is no teaser
        assertTrue(doc.text().contains("What the study will cost\n\nThe study is expected"), doc.text());
    }
}
