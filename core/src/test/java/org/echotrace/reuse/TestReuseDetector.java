package org.echotrace.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Direction;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.Published;
import org.echotrace.domain.ReuseKind;
import org.echotrace.domain.ReusePair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Edit tolerance, direction and thresholds, on real paragraphs from the example reports. */
class TestReuseDetector {

    private static String report;
    private static String other;

    @BeforeAll
    static void read() throws IOException {
        Path dir = Path.of("..", "examples", "mko-relocation-2023");
        try (var files = Files.list(dir)) {
            List<Path> sorted = files.sorted().toList();
            report = Files.readString(sorted.get(0), StandardCharsets.UTF_8);
            other = Files.readString(sorted.get(4), StandardCharsets.UTF_8);
        }
    }

    private static List<ReusePair> detect(ReuseSettings settings, Document... docs) {
        return new ReuseDetector(settings).detect(List.of(docs), Progress.NONE);
    }

    /** Paragraph {@code i} (a line) of the first report. */
    private static String paragraph(int from, int to) {
        return String.join("\n", report.lines().toList().subList(from, to));
    }

    @Test
    void editedCopyIsOneNearVerbatimPassage() {
        String copied = paragraph(7, 12);
        String edited = copied
                .replace("Last week, the government", "The government")            // dropped words
                .replace("banned Maryam Rajavi", "BANNED maryam Rajavi")             // re-cased
                .replace("issued the ban after", "issued the ban, after careful")    // inserted, re-punctuated
                .replace("150 computer devices", "150 electronic devices")           // changed
                .replace("At least one", "At least one single");                     // inserted
        Document a = Document.of("a", other + "\n" + copied + "\n" + other.substring(0, 300));
        Document b = Document.of("b", "Intro sentence written by someone else entirely. " + edited + " The end.");
        List<ReusePair> pairs = detect(ReuseSettings.DEFAULTS, a, b);
        assertEquals(1, pairs.size());
        ReusePair p = pairs.get(0);
        assertEquals(ReuseKind.NEAR_VERBATIM, p.kind());
        assertEquals(1, p.passages().size(), p.passages().toString());
        Passage x = p.passages().get(0);
        assertTrue(x.identity() < 1.0 && x.identity() > 0.9, "identity " + x.identity());
        assertTrue(x.a().of(a.text()).startsWith("the government of Albania banned"), x.a().of(a.text()));
        assertTrue(x.b().of(b.text()).startsWith("The government of Albania BANNED"), x.b().of(b.text()));
        assertTrue(x.a().of(a.text()).endsWith("during the clashes at the camp"));
        assertTrue(x.b().of(b.text()).endsWith("during the clashes at the camp"));
        assertEquals(x.words(), p.sharedWords());
        assertTrue(p.coverageB() > 0.8 && p.coverageA() < 0.5, p.toString());
    }

    @Test
    void verbatimCopyIsVerbatim() {
        String copied = paragraph(8, 10);
        List<ReusePair> pairs = detect(ReuseSettings.DEFAULTS,
                Document.of("x", "Something else first. " + copied), Document.of("y", copied.toUpperCase() + " Then more."));
        assertEquals(ReuseKind.VERBATIM, pairs.get(0).kind());
        assertEquals(1.0, pairs.get(0).passages().get(0).identity());
    }

    @Test
    void directionFollowsDates() {
        String copied = paragraph(8, 11);
        Document early = dated("z-early", copied, Published.of(LocalDate.of(2023, 9, 2)));
        Document late = dated("a-late", "Reported: " + copied, Published.of(LocalDateTime.of(2023, 9, 3, 10, 0)));
        ReusePair p = detect(ReuseSettings.DEFAULTS, early, late).get(0);
        assertEquals("a-late", p.a());
        assertEquals(Direction.B_TO_A, p.direction());

        Document undated = Document.of("m", copied);
        ReusePair q = detect(ReuseSettings.DEFAULTS, early, undated).get(0);
        assertEquals(Direction.UNKNOWN, q.direction());
        assertTrue(q.directionReason().contains("no publication date for m"), q.directionReason());

        Document sameDay = dated("n", copied, Published.of(LocalDateTime.of(2023, 9, 2, 8, 0)));
        assertEquals(Direction.UNKNOWN, detect(ReuseSettings.DEFAULTS, early, sameDay).get(0).direction());

        Document later = dated("o", copied, Published.of(LocalDateTime.of(2023, 9, 2, 9, 0)));
        ReusePair r = detect(ReuseSettings.DEFAULTS, sameDay, later).get(0);
        assertEquals(Direction.A_TO_B, r.direction());
    }

    private static Document dated(String id, String text, Published published) {
        return new Document(id, id, null, null, null, published, false, false, false, text, List.of(), Map.of());
    }

    @Test
    void minWordsIsRespected() {
        String sentence = "Rajavi fled from Albania to France in late June, after Albanian police forces raided the camp.";
        int words = 16;
        Document a = Document.of("a", "One thing. " + sentence + " Another thing entirely different here.");
        Document b = Document.of("b", "Other words lead in. " + sentence + " And different words go out.");
        assertEquals(1, detect(new ReuseSettings(5, words, 100), a, b).size());
        assertEquals(0, detect(new ReuseSettings(5, words + 1, 100), a, b).size());
    }

    @Test
    void commonShinglesAboveDocumentFrequencyAreIgnored() {
        String shared = paragraph(8, 9);
        Document a = Document.of("a", shared);
        Document b = Document.of("b", shared);
        Document c = Document.of("c", shared);
        assertEquals(3, detect(new ReuseSettings(5, 12, 3), a, b, c).size());
        assertEquals(0, detect(new ReuseSettings(5, 12, 2), a, b, c).size());
    }

    @Test
    void repeatedTextInsideADocumentStillAligns() {
        String copied = paragraph(8, 11);
        Document a = Document.of("a", copied + "\n" + copied);
        Document b = Document.of("b", "Lead. " + copied + " Tail.");
        // shingles repeated inside a are not indexed, so nothing anchors: the copy is ambiguous
        assertTrue(detect(ReuseSettings.DEFAULTS, a, b).isEmpty());
        assertEquals(1, detect(ReuseSettings.DEFAULTS, Document.of("c", copied), b).size());
    }
}
