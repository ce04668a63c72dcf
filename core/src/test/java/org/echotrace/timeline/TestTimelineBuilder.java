package org.echotrace.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.domain.TextSpan;
import org.echotrace.domain.TimelineEntry;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.TimeExpression;
import org.junit.jupiter.api.Test;

/** Merging date expressions of several documents, on sentences of the bundled example. */
class TestTimelineBuilder {

    private static final String A = "Rajavi fled from Albania to France in late June, after Albanian police forces raided the camp.";
    private static final String B = "Following a raid in June by the Albanian police on the MKO camp, leaders were found guilty.";
    private static final String C = "The government of Albania banned Maryam Rajavi from entering the country in August.";
    private static final String D = "In August, the government of Albania banned Maryam Rajavi from entering the country.";
    private static final String E = "France refused in June to grant permission to a large gathering.";

    /** A date expression in {@code text}: {@code date} is its words, {@code clause} the clause it dates. */
    private static TimeExpression expression(String document, String text, String date, String value, String clause,
                                             String verb, boolean anchored) {
        int at = text.indexOf(date);
        int clauseAt = text.indexOf(clause);
        return new TimeExpression(document, TextSpan.of(text, at, at + date.length()), value, "month", null, anchored,
                TextSpan.of(text, clauseAt, clauseAt + clause.length()), verb, TextSpan.of(text, 0, text.length()));
    }

    private static Document doc(String id, String text, String published) {
        Document bare = Document.of(id, text);
        return published == null ? bare : new Document(id, id, null, null, null, Published.parse(published),
                false, false, false, text, List.of(), null);
    }

    @Test
    void theSameEventWithTheSameDateIsOneRowWithAllItsDocuments() {
        List<Document> docs = List.of(doc("late", B, "2023-09-04"), doc("early", A, "2023-09-03"));
        List<DocumentLanguage> language = List.of(
                language("late", expression("late", B, "June", "2023-06", B.substring(0, B.length() - 1), "find", true)),
                language("early", expression("early", A, "late June", "2023-06", A.substring(0, A.length() - 1), "flee", true)));
        List<TimelineEntry> timeline = TimelineBuilder.build(docs, language);
        assertEquals(1, timeline.size(), timeline::toString);
        assertEquals(List.of("early", "late"), timeline.get(0).documents());
        assertEquals("late June", timeline.get(0).text(), "the earliest published document represents the row");
        assertEquals(2, timeline.get(0).occurrences().size());
    }

    @Test
    void theSameVerbJoinsClausesThatShareFewWords() {
        List<TimelineEntry> timeline = TimelineBuilder.build(List.of(doc("c", C, null), doc("d", D, null)), List.of(
                language("c", expression("c", C, "August", "2023-08", "from entering the country in August", "ban", true)),
                language("d", expression("d", D, "August", "2023-08", D.substring(0, D.length() - 1), "ban", true))));
        assertEquals(1, timeline.size(), timeline::toString);
    }

    @Test
    void anotherEventOnTheSameDateIsAnotherRow() {
        List<TimelineEntry> timeline = TimelineBuilder.build(List.of(doc("a", A, null), doc("e", E, null)), List.of(
                language("a", expression("a", A, "late June", "2023-06", A.substring(0, A.length() - 1), "flee", true)),
                language("e", expression("e", E, "June", "2023-06", E.substring(0, E.length() - 1), "refuse", true))));
        assertEquals(2, timeline.size(), timeline::toString);
    }

    @Test
    void unanchoredDatesAreNeverMergedAndComeLast() {
        List<TimelineEntry> timeline = TimelineBuilder.build(
                List.of(doc("a", A, null), doc("b", B, null), doc("c", C, null)), List.of(
                language("a", expression("a", A, "late June", "XXXX-06", A.substring(0, A.length() - 1), "flee", false)),
                language("b", expression("b", B, "June", "XXXX-06", B.substring(0, B.length() - 1), "flee", false)),
                language("c", expression("c", C, "August", "2023-08", C.substring(0, C.length() - 1), "ban", true))));
        assertEquals(List.of("2023-08", "XXXX-06", "XXXX-06"), timeline.stream().map(TimelineEntry::date).toList());
        assertFalse(timeline.get(1).anchored());
    }

    @Test
    void rowsAreInTimeOrderWhateverThePrecision() {
        List<TimelineEntry> timeline = TimelineBuilder.build(List.of(doc("a", A, null)), List.of(language("a",
                expression("a", A, "late June", "2023-W34", A.substring(0, A.length() - 1), "flee", true),
                expression("a", A, "France", "2023-08", A.substring(0, A.length() - 1), "go", true),
                expression("a", A, "Albania", "198X", A.substring(0, A.length() - 1), "come", true),
                expression("a", A, "camp", "2023-SU", A.substring(0, A.length() - 1), "camp", true))));
        assertEquals(List.of("198X", "2023-SU", "2023-08", "2023-W34"), timeline.stream().map(TimelineEntry::date).toList());
    }

    private static DocumentLanguage language(String id, TimeExpression... times) {
        return new DocumentLanguage(id, List.of(), List.of(), List.of(), List.of(times), List.of());
    }
}
