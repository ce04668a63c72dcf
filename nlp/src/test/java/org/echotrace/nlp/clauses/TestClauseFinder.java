package org.echotrace.nlp.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.nlp.SeedReports;
import org.junit.jupiter.api.Test;

/** Clauses of real sentences from the bundled example. */
class TestClauseFinder {

    private static List<String> clauses(String text) {
        List<Span> spans = new ClauseFinder().find(SeedReports.PARSER.parse(Document.of("t", text).text(), null));
        return spans.stream().map(s -> s.of(text)).toList();
    }

    @Test
    void coordinatedClausesAreSeparateStatements() {
        String text = "They sided with Saddam during the 1980-88 imposed war against Iran and then helped him quell "
                + "domestic uprisings in various parts of the Arab country.";
        assertEquals(List.of("They sided with Saddam during the 1980-88 imposed war against Iran",
                "then helped him quell domestic uprisings in various parts of the Arab country"), clauses(text));
    }

    @Test
    void aSubordinateClauseStaysWithItsMainClause() {
        String text = "Rajavi fled from Albania to France in late June, after Albanian police forces raided the camp "
                + "hosting the group.";
        assertEquals(List.of(text.substring(0, text.length() - 1)), clauses(text));
    }

    @Test
    void eachSentenceIsAtLeastOneStatement() {
        String text = "They seized 150 computer devices linked to terrorist activities. Leave a Comment";
        assertEquals("They seized 150 computer devices linked to terrorist activities", clauses(text).get(0));
        assertEquals(2, clauses(text).size());
    }
}
