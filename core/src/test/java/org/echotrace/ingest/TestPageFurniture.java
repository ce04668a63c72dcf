package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What branch web3 added to the article text of a page: named leads in; date stamps, author boxes, linked
 * lines after the last paragraph and ruby readings out.
 */
class TestPageFurniture {
    private static final String BODY = "<p>The council met on Monday to discuss the new harbour plan, which would double the"
            + " number of berths by the end of the decade and move the ferry terminal.</p>"
            + "<p>Members asked for a study of the costs before any vote, and the mayor agreed to present one in the"
            + " spring, together with the views of the fishing cooperative.</p>";

    private static String textOf(String body) throws InputProblem {
        return HtmlArticleExtractor.extract("<html><body>" + body + "</body></html>", "").text();
    }

    @Test
    void aLeadNamedAsSuchInThePageHeaderComesBeforeTheBody() throws InputProblem {
        String text = textOf("<header><h1>Harbour plan</h1><div class=\"article__intro\">A bigger harbour, but"
                + " not before a study of its costs.</div></header><div class=\"story\">" + BODY + "</div>");
        assertTrue(text.startsWith("A bigger harbour, but not before a study of its costs.\n\nThe council met"), text);
    }

    @Test
    void aLeadAfterTheBodyOrOneTheBodyHoldsIsNotRepeated() throws InputProblem {
        String text = textOf("<div class=\"story\"><div class=\"lead\">Harbour plan: a study of the costs comes"
                + " first.</div>" + BODY + "</div><aside class=\"teaser-lead\">Another story about the port.</aside>");
        assertEquals(1, text.split("a study of the costs comes first", -1).length - 1, text);
        assertFalse(text.contains("Another story"), text);
    }

    @Test
    void linesThatAreOnlyADateOrATimeGo() throws InputProblem {
        String story = "<div class=\"story\"><p>15. Mai 2019, 05:28 Uhr</p>" + BODY
                + "<p>16 marca 2021</p><p>Feb 8, 2020</p><p>On 3 May 2021 the plan was approved.</p></div>";
        String text = HtmlArticleExtractor.extract("<html><head><meta property=\"article:published_time\""
                + " content=\"2019-05-15\"></head><body>" + story + "</body></html>", "").text();
        assertFalse(text.contains("05:28") || text.contains("marca") || text.contains("Feb 8"), text);
        // a page whose markup gives no date keeps its first date line, for the cleaning to read as the date
        String undated = textOf(story);
        assertTrue(undated.startsWith("15. Mai 2019, 05:28 Uhr") && !undated.contains("marca"), undated);
        assertTrue(text.contains("On 3 May 2021 the plan was approved."), text);
        assertTrue(DateOnlyLines.isDateOnly("Stand: 05.02.2020"));
        assertFalse(DateOnlyLines.isDateOnly("Einsendeschluss am 03.11.2019 per Post"));
    }

    @Test
    void anAuthorBoxGoesThoughItsNameSaysArticle() throws InputProblem {
        String text = textOf("<div class=\"ArticlePage-main\">" + BODY + "<div class=\"ArticlePage-authorInfo\"><p>Jane"
                + " Doe writes about harbours, ferries and the politics of the coast for the paper, and has done so"
                + " for twenty years after a career at sea, as a pilot and later as a harbour master in the north of"
                + " the country where she grew up.</p></div><div class=\"authorbox\"><p>More by Jane Doe</p></div></div>");
        assertFalse(text.contains("Jane Doe"), text);
        assertTrue(text.contains("the fishing cooperative."), text);
    }

    @Test
    void shortLinesWithALinkAfterTheLastParagraphGo() throws InputProblem {
        String text = textOf("<div class=\"story\">" + BODY + "<p>Download <a href=\"/app\">our app</a> for the"
                + " latest news.</p><p>The study is due in April.</p><p><a href=\"/login\">Log in</a> to comment.</p></div>");
        assertFalse(text.contains("our app") || text.contains("Log in"), text);
        assertTrue(text.endsWith("the fishing cooperative.\n\nThe study is due in April."), text);
    }

    @Test
    void rubyReadingsAreNotPartOfTheWords() throws InputProblem {
        String text = textOf("<div class=\"story\"><p><ruby>法律<rt>ほうりつ</rt></ruby>ができて、子どもを教育するため"
                + "に、新しい法律では児童相談所の力を強くしました。</p>" + BODY + "</div>");
        assertTrue(text.startsWith("法律ができて"), text);
    }
}
