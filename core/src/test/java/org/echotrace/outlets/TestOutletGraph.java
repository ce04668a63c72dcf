package org.echotrace.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.echotrace.domain.Direction;
import org.echotrace.domain.Document;
import org.echotrace.domain.DocumentOutlet;
import org.echotrace.domain.Outlet;
import org.echotrace.domain.OutletChain;
import org.echotrace.domain.OutletEdge;
import org.echotrace.domain.OutletGraph;
import org.echotrace.domain.Passage;
import org.echotrace.domain.Published;
import org.echotrace.domain.ReuseKind;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;
import org.echotrace.domain.Story;
import org.junit.jupiter.api.Test;

class TestOutletGraph {

    /** The wire's paragraph (ten words), and versions of it with a copy editor's changes. */
    private static final String PARAGRAPH = "The minister said the border would reopen on Monday morning.";
    private static final String EDITED = "The minister said the frontier would reopen on Monday morning.";
    private static final String EDITED_AGAIN = "The minister said the frontier would reopen on Monday evening.";
    private static final String EDITED_OTHERWISE = "The minister said the border would open again Monday morning.";
    /** The wire's paragraph with its last word changed: one word triple differs. */
    private static final String LAST_WORD_EDITED = "The minister said the border would reopen on Monday evening.";
    private static final List<String> VERSIONS = List.of(PARAGRAPH, EDITED, EDITED_AGAIN, EDITED_OTHERWISE,
            LAST_WORD_EDITED);

    @Test
    void namesEachDocumentsOutletFromItsFieldSiteAddressOrNothing() {
        List<DocumentOutlet> outlets = OutletNames.of(List.of(
                doc("given", "Daily Courier", null, null, "text"),
                doc("shouted", "DAILY COURIER", null, null, "text"),
                doc("site", null, null, null, "text", Map.of("site_name", "Evening Post")),
                doc("mobile", null, "https://m.example.co.uk/news/1", null, "text"),
                doc("www", null, "http://www.example.com/a", null, "text"),
                doc("nothing", null, null, null, "text")));
        assertEquals(List.of("Daily Courier", "Daily Courier", "Evening Post", "example.co.uk", "example.com",
                "unknown: nothing"), outlets.stream().map(DocumentOutlet::outlet).toList());
        assertEquals(List.of(false, false, false, true, true, true),
                outlets.stream().map(DocumentOutlet::inferred).toList());
    }

    @Test
    void sumsCopiesIntoDirectedEdgesWithCreditAndDelays() {
        Document wire1 = doc("w1", "Wire", null, "2024-01-01T08:00", PARAGRAPH + " More wire text here.");
        Document wire2 = doc("w2", "Wire", null, "2024-01-02T08:00", PARAGRAPH + " Other wire text here.");
        String credited = "According to Wire, " + PARAGRAPH;
        Document copy1 = doc("x1", "Courier", null, "2024-01-01T10:00", credited);
        Document copy2 = doc("x2", "Courier", null, "2024-01-02T14:00", "Our reporter: " + PARAGRAPH);
        OutletGraph graph = build(List.of(wire1, wire2, copy1, copy2),
                List.of(copy(wire1, copy1), copy(wire2, copy2)));

        OutletEdge edge = only(graph.edges());
        assertEquals("Wire", edge.from());
        assertEquals("Courier", edge.to());
        assertTrue(edge.directed());
        assertEquals(2, edge.articles());
        assertEquals(2, edge.pairs());
        assertEquals(20, edge.words());
        assertEquals(0.5, edge.creditedShare(), 1e-9, "x1 names the wire, x2 does not");
        assertEquals(4.0, edge.medianDelayHours(), 1e-9, "2 h and 6 h");
        assertEquals(5.6, edge.p90DelayHours(), 1e-9);
        assertEquals(1, edge.stories());

        Outlet courier = outlet(graph, "Courier");
        assertEquals(20, courier.wordsFromElsewhere());
        assertEquals(List.of("Wire"), courier.sources().stream().map(s -> s.outlet()).toList());
        assertEquals(0.5, courier.creditGiven(), 1e-9);
        assertNull(courier.creditReceived(), "nobody copied the courier");
        Outlet wire = outlet(graph, "Wire");
        assertEquals(20, wire.wordsTakenByOthers());
        assertEquals(0, wire.wordsFromElsewhere());
        assertEquals(0.5, wire.creditReceived(), 1e-9);
    }

    @Test
    void countsTextFromSeveralSourcesOnceAndNamesTheClosestAsTheSource() {
        Document wire = doc("w", "Wire", null, "2024-01-01T08:00", PARAGRAPH);
        Document other = doc("o", "Agency", null, "2024-01-01T09:00", EDITED);
        Document copy = doc("c", "Courier", null, "2024-01-01T10:00", EDITED_AGAIN + " And one more.");
        OutletGraph graph = build(List.of(wire, other, copy), List.of(copy(wire, copy), copy(other, copy), copy(wire, other)));
        Outlet courier = outlet(graph, "Courier");
        assertEquals(13, courier.words());
        assertEquals(10, courier.wordsFromElsewhere(), "the same ten words from two sources count once");
        assertEquals(List.of("Agency"), courier.sources().stream().map(s -> s.outlet()).toList(),
                "the courier keeps the agency's change: it took the text from there");
        assertEquals(List.of("Agency->Courier", "Wire->Agency"),
                graph.edges().stream().map(e -> e.from() + "->" + e.to()).sorted().toList());
    }

    @Test
    void twoCopiesOfOneWireStoryDoNotCopyEachOther() {
        OutletGraph graph = twoReprints(EDITED, EDITED_OTHERWISE);
        assertEquals(List.of("Wire->Courier", "Wire->Gazette"), edgeNames(graph));
        assertTrue(graph.chains().isEmpty(), "the gazette's text is closer to the wire's than to the courier's");
    }

    @Test
    void aVerbatimReprintIsTheOriginals() {
        assertEquals(List.of("Wire->Courier", "Wire->Gazette"), edgeNames(twoReprints(PARAGRAPH, PARAGRAPH)));
    }

    @Test
    void aVerbatimStretchGoesToTheOutletTheCopierTakesFromWhereTheTextCanTell() {
        assertEquals(List.of("Courier->Gazette", "Wire->Courier"), edgeNames(twoDays(PARAGRAPH, PARAGRAPH)),
                "the gazette keeps the courier's change on the first day, so the second day's verbatim text is the courier's too");
    }

    @Test
    void aVersionCloserByLessThanOneWordIsATieThatTheCopiersHabitDecides() {
        // the gazette's editor put the wire's last word back: one word triple closer to the wire, by chance
        assertEquals(List.of("Courier->Gazette", "Wire->Courier"), edgeNames(twoDays(LAST_WORD_EDITED, PARAGRAPH)),
                "one triple of agreement does not tell the versions apart; the gazette takes from the courier where it can be told");
    }

    /**
     * Day one: the gazette reprints the courier's edited reprint of the wire (the text tells); day two: the
     * courier's and the gazette's versions given.
     */
    private static OutletGraph twoDays(String laterCourierVersion, String laterGazetteVersion) {
        Document wire = doc("w1", "Wire", null, "2024-01-01T08:00", PARAGRAPH);
        Document courier = doc("c1", "Courier", null, "2024-01-01T09:00", EDITED);
        Document gazette = doc("g1", "Gazette", null, "2024-01-01T10:00", EDITED_AGAIN);
        Document laterWire = doc("w2", "Wire", null, "2024-01-02T08:00", PARAGRAPH);
        Document laterCourier = doc("c2", "Courier", null, "2024-01-02T09:00", laterCourierVersion);
        Document laterGazette = doc("g2", "Gazette", null, "2024-01-02T10:00", laterGazetteVersion);
        return build(List.of(wire, courier, gazette, laterWire, laterCourier, laterGazette),
                List.of(copy(wire, courier), copy(wire, gazette), copy(courier, gazette),
                        copy(laterWire, laterCourier), copy(laterWire, laterGazette), copy(laterCourier, laterGazette)));
    }

    /** The wire's paragraph reprinted by a courier, then by a gazette, each in its version. */
    private static OutletGraph twoReprints(String courierVersion, String gazetteVersion) {
        Document wire = doc("w", "Wire", null, "2024-01-01T08:00", PARAGRAPH);
        Document first = doc("f", "Courier", null, "2024-01-01T09:00", courierVersion);
        Document second = doc("s", "Gazette", null, "2024-01-01T10:00", gazetteVersion);
        return build(List.of(wire, first, second), List.of(copy(wire, first), copy(wire, second), copy(first, second)));
    }

    private static List<String> edgeNames(OutletGraph graph) {
        return graph.edges().stream().map(e -> e.from() + "->" + e.to()).sorted().toList();
    }

    @Test
    void findsACopyOfACopyThatHidesItsOrigin() {
        Document wire = doc("w", "Wire", null, "2024-01-01T08:00", PARAGRAPH);
        Document middle = doc("m", "Courier", null, "2024-01-01T10:00", "According to Wire, " + EDITED);
        Document hides = doc("h", "Gazette", null, "2024-01-01T12:00", "Courier reports: " + EDITED_AGAIN);
        Document credits = doc("k", "Herald", null, "2024-01-01T12:00", "Wire and Courier: " + EDITED);
        OutletGraph graph = build(List.of(wire, middle, hides, credits), List.of(copy(wire, middle),
                copy(wire, hides), copy(middle, hides), copy(wire, credits), copy(middle, credits)));

        assertEquals(2, graph.chains().size());
        OutletChain hidden = graph.chains().get(0);
        assertEquals(List.of("Wire", "Courier", "Gazette"), List.of(hidden.origin(), hidden.middle(), hidden.last()));
        assertEquals("h", hidden.lastDocument());
        assertEquals(10, hidden.words());
        assertTrue(hidden.originHidden(), "the gazette credits only the courier");
        OutletChain open = graph.chains().get(1);
        assertEquals("k", open.lastDocument());
        assertFalse(open.originHidden(), "the herald names the wire");
        assertEquals(List.of("Courier->Gazette", "Courier->Herald", "Wire->Courier"),
                graph.edges().stream().map(e -> e.from() + "->" + e.to()).sorted().toList());
    }

    @Test
    void keepsPairsOfUnknownDirectionAsUndirectedEdgesAndLeavesOutOneOutletsOwnReuse() {
        Document a = doc("a", "Zeta", null, null, PARAGRAPH);
        Document b = doc("b", "Alpha", null, null, PARAGRAPH);
        Document again = doc("b2", "Alpha", null, null, PARAGRAPH);
        OutletGraph graph = build(List.of(a, b, again), List.of(
                pair(a, b, Direction.UNKNOWN, null), pair(b, again, Direction.UNKNOWN, null)));
        OutletEdge edge = only(graph.edges());
        assertFalse(edge.directed());
        assertEquals(List.of("Alpha", "Zeta"), List.of(edge.from(), edge.to()));
        assertEquals(2, edge.articles());
        assertNull(edge.medianDelayHours());
        assertEquals(0.0, edge.creditedShare(), 1e-9, "neither names the other");
        assertEquals(0, outlet(graph, "Alpha").wordsFromElsewhere(), "no direction, nothing taken");
        assertTrue(graph.chains().isEmpty());
    }

    @Test
    void keepsTheCreditTheClaimsLayerCheckedAndLeavesUnknownOutletsCreditUnknown() {
        Document wire = doc("w", null, null, "2024-01-01T08:00", PARAGRAPH);
        Document copy = doc("c", "Courier", null, "2024-01-01T10:00", PARAGRAPH);
        Document other = doc("o", "Gazette", null, "2024-01-01T11:00", PARAGRAPH);
        OutletGraph graph = build(List.of(wire, copy, other),
                List.of(copy(wire, copy), pair(copy, other, Direction.A_TO_B, true)));
        assertNull(edge(graph, "unknown: w", "Courier").creditedShare(), "an unknown outlet cannot be named");
        assertEquals(1.0, edge(graph, "Courier", "Gazette").creditedShare(), 1e-9);
    }

    @Test
    void aDateRangeCountsTheCopiesMadeOnItsDaysOnly() {
        Document wire1 = doc("w1", "Wire", null, "2024-01-01T08:00", PARAGRAPH);
        Document wire2 = doc("w2", "Wire", null, "2024-01-05T08:00", PARAGRAPH);
        Document copy1 = doc("x1", "Courier", null, "2024-01-01T10:00", PARAGRAPH);
        Document copy2 = doc("x2", "Gazette", null, "2024-01-05T14:00", PARAGRAPH);
        List<Document> documents = List.of(wire1, wire2, copy1, copy2);
        OutletFacts facts = new OutletGraphBuilder(5).facts(documents, List.of(copy(wire1, copy1), copy(wire2, copy2)),
                List.of());
        OutletGraph fifth = facts.graph(java.time.LocalDate.of(2024, 1, 5), java.time.LocalDate.of(2024, 1, 5));
        assertEquals("Wire->Gazette", only(fifth.edges()).from() + "->" + only(fifth.edges()).to());
        assertEquals(List.of("w2", "x2"), fifth.documents().stream().map(DocumentOutlet::document).toList());
        assertEquals(1, outlet(fifth, "Wire").articles());
        assertEquals(facts.graph(), facts.graph(null, null));
        assertEquals(2, facts.graph(null, java.time.LocalDate.of(2024, 1, 31)).edges().size());
    }

    private static OutletGraph build(List<Document> documents, List<ReusePair> pairs) {
        Story story = new Story("s1", "story", documents.stream().map(Document::id).toList(), null, null);
        return new OutletGraphBuilder(5).build(documents, pairs, List.of(story));
    }

    /** {@code later} took the paragraph from {@code earlier}, credit not checked. */
    private static ReusePair copy(Document earlier, Document later) {
        return pair(earlier, later, Direction.A_TO_B, null);
    }

    /** The paragraph shared by {@code first} and {@code second} (first is earlier when directed a->b). */
    private static ReusePair pair(Document first, Document second, Direction direction, Boolean credited) {
        Span inFirst = at(first);
        Span inSecond = at(second);
        Passage passage = new Passage(inFirst, inSecond, 10, 0.9);
        return new ReusePair(first.id(), second.id(), ReuseKind.VERBATIM, 10, 0.5, 0.5, direction, "test",
                List.of(passage), credited);
    }

    /** Where the document's version of the paragraph stands. */
    private static Span at(Document d) {
        String version = VERSIONS.stream().filter(d.text()::contains).findFirst().orElseThrow();
        int start = d.text().indexOf(version);
        return new Span(start, start + version.length());
    }

    private static Document doc(String id, String outlet, String url, String published, String text) {
        return doc(id, outlet, url, published, text, Map.of());
    }

    private static Document doc(String id, String outlet, String url, String published, String text,
                                Map<String, String> metadata) {
        return new Document(id, id, null, outlet, url, published == null ? null : Published.parse(published),
                false, false, false, text, List.of(), metadata);
    }

    private static Outlet outlet(OutletGraph graph, String name) {
        return graph.outlets().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static OutletEdge edge(OutletGraph graph, String from, String to) {
        return graph.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst().orElseThrow();
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }
}
