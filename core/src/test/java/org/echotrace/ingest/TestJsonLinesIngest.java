package org.echotrace.ingest;

import static org.echotrace.ingest.IngestFixtures.RESOURCES;
import static org.echotrace.ingest.IngestFixtures.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.echotrace.domain.Document;
import java.util.Map;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.domain.Location;
import org.echotrace.domain.Published;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestJsonLinesIngest {
    private static final String FEED = RESOURCES.resolve("feed.jsonl").toString();
    private static IngestResult result;

    @BeforeAll
    static void readFeed() {
        result = IngestFixtures.read(RESOURCES.resolve("feed.jsonl"));
    }

    @Test
    void readsEveryGoodLineInOrder() {
        assertEquals(List.of("a1", "https://news.example/b2", "42", "feed-line8"), IngestFixtures.ids(result));
    }

    @Test
    void knownFieldsFillTheDocumentAndOthersBecomeMetadata() {
        Document doc = byId(result, "a1");
        assertEquals("Wind farm approved", doc.title());
        assertEquals("North News", doc.outlet());
        assertEquals("https://news.example/a1", doc.url());
        assertEquals(Published.of(LocalDateTime.of(2024, 1, 15, 9, 0)), doc.published());
        assertEquals(FEED + "#line 1", doc.source());
        assertEquals("The regional council approved the wind farm on Monday.\nConstruction starts in spring.", doc.text());
        assertEquals(Map.of("author", "J. Doe", "tags", "[\"energy\",\"council\"]", "wordCount", "12"), doc.metadata());
    }

    @Test
    void htmlFieldIsExtractedAndWrittenDatesAreRead() {
        Document doc = byId(result, "https://news.example/b2");
        assertEquals("The ferry company announced new summer timetables with extra evening crossings.", doc.text());
        assertEquals("Second story", doc.title());
        assertEquals(Published.of(LocalDate.of(2024, 3, 5)), doc.published());
        assertEquals(FEED + "#line 3", doc.source());
    }

    @Test
    void badLinesAreReportedByLineAndSkipped() {
        List<Diagnostic> problems = result.problems();
        assertEquals(3, problems.size(), IngestFixtures.problems(result));
        assertEquals(new Diagnostic(FEED, Location.line(5), problems.get(0).reason()), problems.get(0));
        assertTrue(problems.get(0).reason().startsWith("malformed JSON: "), problems.get(0).reason());
        assertEquals(new Diagnostic(FEED, Location.line(6), "record has neither \"text\" nor \"html\""), problems.get(1));
        assertEquals(new Diagnostic(FEED, Location.line(7), "not a JSON object but array"), problems.get(2));
        // the record is kept without its date: a note, not a skip
        assertEquals(new Diagnostic(FEED, Location.line(8), "\"published\" value \"someday\" is not a date; ignored"),
                IngestFixtures.onlyNote(result));
        assertNull(byId(result, "feed-line8").published());
        assertTrue(problems.get(0).toString().contains("feed.jsonl (line 5): malformed JSON"));
    }

    @Test
    void ndjsonDuplicateIdGetsASuffixNotAnOverwrite() {
        IngestResult ndjson = IngestFixtures.read(RESOURCES.resolve("feed.ndjson"));
        assertEquals(List.of("n1", "n1-2"), IngestFixtures.ids(ndjson));
        assertTrue(byId(ndjson, "n1").text().startsWith("First"));
        assertTrue(byId(ndjson, "n1-2").text().startsWith("Second"));
        assertTrue(ndjson.problems().isEmpty(), "a renamed id skips nothing");
        Diagnostic note = IngestFixtures.onlyNote(ndjson);
        assertEquals(Location.line(2), note.location());
        assertEquals("duplicate id \"n1\", renamed to \"n1-2\"", note.reason());
    }

    @Test
    void recordWithUnreadableHtmlIsReportedAndOthersKept() {
        String lines = "{\"id\":\"a\",\"html\":\"<nav>only a menu</nav>\"}\n{\"id\":\"b\",\"text\":\"Fine.\"}\n";
        IngestResult read = IngestFixtures.ingester().readString("x.ndjson", lines);
        assertEquals(List.of("b"), IngestFixtures.ids(read));
        assertEquals(new Diagnostic("x.ndjson", Location.line(1), "no article text found in HTML"),
                IngestFixtures.onlyProblem(read));
        assertFalse(read.documents().get(0).text().isEmpty());
    }

    @Test
    void oneBrokenRecordAmongGoodOnesSkipsThatLineOnly() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            lines.append(i == 5 ? "{\"id\":\"r5\",\"text\":\"cut off here" : "{\"id\":\"r" + i
                    + "\",\"text\":\"Story number " + i + " about the harbour reopening.\"}").append('\n');
        }
        IngestResult read = IngestFixtures.ingester().readString("feed.jsonl", lines.toString());
        assertEquals(List.of("r1", "r2", "r3", "r4", "r6", "r7", "r8", "r9"), IngestFixtures.ids(read));
        Diagnostic problem = IngestFixtures.onlyProblem(read);
        assertEquals(Location.line(5), problem.location());
        assertTrue(problem.reason().startsWith("malformed JSON"), problem.reason());
    }

    @Test
    void aLineLargerThanTheLimitIsSkippedWithoutBeingHeldAndTheFileIsNotBoundByIt() {
        StringBuilder smalls = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            smalls.append("{\"id\":\"s").append(i).append("\",\"text\":\"A short story about the ferry timetable.\"}\n");
        }
        String huge = "{\"id\":\"h\",\"text\":\"" + "word ".repeat(2000) + "\"}\n";
        String file = smalls + huge + "{\"id\":\"last\",\"text\":\"A short story about the ferry timetable.\"}\n";
        IngestResult read = new Ingester(new IngestOptions(1024, 20)).readString("feed.jsonl", file);
        assertEquals(31, read.documents().size(), IngestFixtures.problems(read));
        Diagnostic problem = IngestFixtures.onlyProblem(read);
        assertEquals(Location.line(31), problem.location());
        assertEquals("line is larger than the limit of 1.0 KiB (maxBytes)", problem.reason());
    }

    @Test
    void loneSurrogateInAJsonLineBecomesAReplacementCharacter() {
        String line = "{\"id\":\"x\",\"title\":\"Bad \\ud800 title\",\"text\":\"A lone \\ud800 surrogate and a pair \\ud83d\\ude00 stay apart.\"}";
        Document doc = IngestFixtures.only(IngestFixtures.ingester().readString("s.jsonl", line));
        assertEquals("A lone \uFFFD surrogate and a pair \uD83D\uDE00 stay apart.", doc.text());
        assertEquals("Bad \uFFFD title", doc.title());
        // the point: the text can be written as UTF-8 now
        assertTrue(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(doc.text() + doc.title()));
    }

    @Test
    void utf16FilesAreReadLineByLineWithOrWithoutAByteOrderMark(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String lines = "{\"id\": \"w1\", \"text\": \"The caf\u00e9 reopened on Sunday \ud83d\ude00 after three days.\"}\n"
                + "{\"id\": \"w2\", \"text\": \"The ferry runs again from Monday, the council said.\"}\n";
        for (java.nio.charset.Charset wide : List.of(java.nio.charset.StandardCharsets.UTF_16,
                java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
            java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("wide-" + wide.name() + ".jsonl"),
                    lines.getBytes(wide));
            IngestResult wideResult = IngestFixtures.read(file);
            assertEquals(List.of("w1", "w2"), IngestFixtures.ids(wideResult), IngestFixtures.problems(wideResult));
            assertEquals("The caf\u00e9 reopened on Sunday \ud83d\ude00 after three days.", byId(wideResult, "w1").text());
        }
    }
}
