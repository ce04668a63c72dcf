package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.echotrace.domain.Document;
import org.junit.jupiter.api.Test;

/** The metadata rules for web pages, on snippets of markup as real news pages write it. */
class TestWebMetadata {
    private static final String BODY = "<p>The council voted on Tuesday to close the old bridge to traffic after"
            + " engineers found cracks in two of its piers, the mayor said.</p><p>Repairs are expected to take"
            + " at least six months and to cost more than the council had set aside for the whole year.</p>";

    private static Document read(String head, String body) {
        IngestResult result = new Ingester(IngestOptions.defaults())
                .readString("page.html", "<html><head>" + head + "</head><body>" + body + "</body></html>");
        assertEquals(1, result.documents().size(), result.problems().toString());
        return result.documents().get(0);
    }

    @Test
    void theSitesNameIsTakenOffTheTitle() {
        Document suffix = read("<title>Bridge closed after cracks found - The Coastal Ledger</title>"
                + "<meta property=\"og:site_name\" content=\"The Coastal Ledger\">", BODY);
        assertEquals("Bridge closed after cracks found", suffix.title());
        Document prefix = read("<title>Coastal Ledger | Bridge closed after cracks found</title>"
                + "<link rel=\"canonical\" href=\"https://www.coastalledger.com/local/bridge\">", BODY);
        assertEquals("Bridge closed after cracks found", prefix.title());
        Document host = read("<title>Tagesschau unterschlägt Hass-Demo in Essen - reitschuster.de</title>"
                + "<link rel=\"canonical\" href=\"https://reitschuster.de/post/demo/\">", BODY);
        assertEquals("Tagesschau unterschlägt Hass-Demo in Essen", host.title());
        assertFalse(host.titleInferred());
    }

    @Test
    void aTitleWhosePartsNameNoSiteIsKeptWhole() {
        Document doc = read("<title>Change Font Size of ggplot2 Plot in R | Axis Text, Main Title &amp; Legend</title>"
                + "<link rel=\"canonical\" href=\"https://statisticsglobe.com/change-font-size\">", BODY);
        assertEquals("Change Font Size of ggplot2 Plot in R | Axis Text, Main Title & Legend", doc.title());
    }

    @Test
    void aTitleThatIsOnlyTheSitesNameGivesWayToTheHeading() {
        Document doc = read("<title>Anwalt Niemeyer</title><meta property=\"og:site_name\" content=\"Anwalt Niemeyer\">",
                "<h1>Willkommen!</h1>" + BODY);
        assertEquals("Willkommen!", doc.title());
        assertTrue(doc.titleInferred());
    }

    @Test
    void gannettsPlaceholderDateIsNoPublicationDate() {
        Document doc = read("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00+00:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2019-03-14T18:05:11Z\"}</script>", BODY);
        assertEquals(LocalDate.of(2019, 3, 14), doc.published().date());
        assertFalse(doc.publishedInferred());
    }

    @Test
    void aDateAfterTheTimeOfReadingIsRejected() {
        Document doc = read("<meta property=\"article:published_time\" content=\"2999-01-01\">", BODY);
        assertNull(doc.published());
    }

    @Test
    void theAddressGivesTheDateWhenTheMarkupDoesNotAndSaysSo() {
        Document doc = read("<link rel=\"canonical\" href=\"https://www.nytimes.com/2020/08/16/business/blackouts.html\">",
                BODY);
        assertEquals(LocalDate.of(2020, 8, 16), doc.published().date());
        assertTrue(doc.publishedInferred());
    }

    @Test
    void theOutletIsThePublisherOrElseTheHostFlaggedAsInferred() {
        Document named = read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":"
                + "{\"@type\":\"Organization\",\"name\":\"Al Jazeera\"}}</script>", BODY);
        assertEquals("Al Jazeera", named.outlet());
        assertFalse(named.outletInferred());
        Document host = read("<link rel=\"canonical\" href=\"https://www.latimes.com/world/story\">", BODY);
        assertEquals("latimes.com", host.outlet());
        assertTrue(host.outletInferred());
    }

    @Test
    void theBylineIsMetadataNeverText() {
        Document doc = read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                        + "[{\"@type\":\"Person\",\"name\":\"Benjamin Fischer\"},{\"@type\":\"Person\",\"name\":"
                        + "\"Marcus Theurer\"}]}</script><meta property=\"article:author\" "
                        + "content=\"https://www.facebook.com/someone\">",
                "<article><div class=\"byline\">By Benjamin Fischer and Marcus Theurer</div>" + BODY + "</article>");
        assertEquals("Benjamin Fischer, Marcus Theurer", doc.metadata().get("author"));
        assertFalse(doc.text().contains("Fischer"), doc.text());
        Document meta = read("<meta name=\"author\" content=\"By Daniel Lemire\">", BODY);
        assertEquals("Daniel Lemire", meta.metadata().get("author"));
    }

    @Test
    void theCanonicalAddressIsTheUrl() {
        Document doc = read("<link rel=\"canonical\" href=\"https://www.cnn.com/2019/05/02/politics/story/index.html\">"
                + "<meta property=\"og:url\" content=\"https://edition.cnn.com/other\">", BODY);
        assertEquals("https://www.cnn.com/2019/05/02/politics/story/index.html", doc.url());
    }

    @Test
    void aDatelineWithItsUpdateTimeIsADateNeverATitle() {
        Document doc = new Ingester(IngestOptions.defaults()).readString("bbc.txt",
                "21 July 2013 Last updated at 11:11 GMT\n\nThe council voted on Tuesday to close the old bridge"
                        + " to traffic after engineers found cracks in two of its piers.\n").documents().get(0);
        assertEquals(LocalDate.of(2013, 7, 21), doc.published().date());
        assertTrue(doc.publishedInferred());
        assertTrue(doc.title() == null || !doc.title().contains("2013"), doc.title());
        assertFalse(doc.text().contains("Last updated"), doc.text());
    }

    @Test
    void aSiteUnderATwoPartSuffixIsNamedByItsOwnLabel() {
        // the site's name is the label before the public suffix "co.uk", not "co"
        Document doc = read("<title>Bridge closed after cracks found in piers - BBC News</title>"
                + "<link rel=\"canonical\" href=\"https://www.bbc.co.uk/news/uk-england-12345\">", BODY);
        assertEquals("Bridge closed after cracks found in piers", doc.title());
        assertEquals("bbc", PageHost.mainLabel("news.bbc.co.uk"));
        assertEquals("nytimes", PageHost.mainLabel("nytimes.com"));
    }
}
