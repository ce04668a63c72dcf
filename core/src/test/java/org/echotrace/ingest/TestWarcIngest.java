package org.echotrace.ingest;

import static org.echotrace.ingest.IngestFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.domain.Location;
import org.echotrace.domain.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestWarcIngest {
    private static final String PAGE_WITH_DATE = "<html><head><title>Dated page</title>"
            + "<meta property=\"article:published_time\" content=\"2024-02-01\"></head>"
            + "<body><p>A captured article about the harbour that reopened after the storm last week.</p></body></html>";
    private static final String PAGE_WITHOUT_DATE = "<html><head><title>Undated page</title></head>"
            + "<body><p>Another captured article, this one about the bridge closing for repairs.</p></body></html>";

    @TempDir
    Path dir;

    private IngestResult readFile(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return IngestFixtures.read(file);
    }

    private static WarcBytes twoPages(WarcBytes warc) {
        return warc.warcinfo()
                .request("https://news.example/one")
                .htmlResponse("https://news.example/one", PAGE_WITH_DATE)
                .response("https://news.example/logo.png", 200, "image/png", "PNG")
                .response("https://news.example/missing", 404, "text/html", "<p>Not found page text here</p>")
                .htmlResponse("https://news.example/two", PAGE_WITHOUT_DATE);
    }

    @Test
    void readsHtmlResponsesOfAWarc() throws IOException {
        IngestResult result = readFile("crawl.warc", twoPages(WarcBytes.plain()).bytes());
        assertTrue(result.problems().isEmpty(), IngestFixtures.problems(result));
        assertEquals(List.of("https://news.example/one", "https://news.example/two"), IngestFixtures.ids(result));

        Document dated = result.documents().get(0);
        assertEquals("Dated page", dated.title());
        assertEquals(Published.of(LocalDate.of(2024, 2, 1)), dated.published());
        assertEquals(false, dated.publishedInferred());
        assertEquals(dir.resolve("crawl.warc") + "#record 3", dated.source());
        assertEquals("https://news.example/one", dated.url());
        assertTrue(dated.text().startsWith("A captured article about the harbour"));

        Document undated = result.documents().get(1);
        assertEquals(Published.of(LocalDateTime.of(2024, 2, 11, 10, 0)), undated.published());
        assertTrue(undated.publishedInferred(), "the capture date is only a guess");
        assertEquals(dir.resolve("crawl.warc") + "#record 6", undated.source());
    }

    @Test
    void readsAGzippedWarc() throws IOException {
        IngestResult result = readFile("crawl.warc.gz", twoPages(WarcBytes.gzipped()).bytes());
        assertTrue(result.problems().isEmpty(), IngestFixtures.problems(result));
        assertEquals(2, result.documents().size());
    }

    @Test
    void malformedRecordIsReportedAndEarlierRecordsKept() throws IOException {
        byte[] bytes = WarcBytes.plain()
                .htmlResponse("https://news.example/one", PAGE_WITH_DATE)
                .raw("WARC/1.0\r\nthis is not a header line\r\n\r\n")
                .bytes();
        IngestResult result = readFile("broken.warc", bytes);
        assertEquals(List.of("https://news.example/one"), IngestFixtures.ids(result));
        Diagnostic problem = IngestFixtures.onlyProblem(result);
        assertEquals(Location.record(2), problem.location());
        assertEquals("not a WARC record where one should begin", problem.reason());
    }

    @Test
    void truncatedRecordIsReportedAndEarlierRecordsKept() throws IOException {
        byte[] whole = twoPages(WarcBytes.plain()).bytes();
        IngestResult result = readFile("cut.warc", Arrays.copyOf(whole, whole.length - 60));
        assertEquals(List.of("https://news.example/one"), IngestFixtures.ids(result));
        Diagnostic problem = IngestFixtures.onlyProblem(result);
        assertEquals(Location.record(6), problem.location());
    }

    @Test
    void truncatedGzipWarcIsReportedAndEarlierRecordsKept() throws IOException {
        byte[] whole = twoPages(WarcBytes.gzipped()).bytes();
        IngestResult result = readFile("cut.warc.gz", Arrays.copyOf(whole, whole.length - 30));
        assertEquals(List.of("https://news.example/one"), IngestFixtures.ids(result));
        Diagnostic problem = IngestFixtures.onlyProblem(result);
        assertEquals(Location.record(6), problem.location());
        assertTrue(problem.reason().contains("truncated"), problem.reason());
    }

    @Test
    void fileThatIsNoWarcAtAll() throws IOException {
        IngestResult result = readFile("fake.warc", "just some text, not an archive".getBytes());
        assertTrue(result.documents().isEmpty());
        Diagnostic problem = IngestFixtures.onlyProblem(result);
        assertEquals(Location.record(1), problem.location());
    }

    @Test
    void warcFromStandardInputIsSniffed() {
        byte[] bytes = twoPages(WarcBytes.gzipped()).bytes();
        IngestResult result = IngestFixtures.ingester().read(List.of("-"), new java.io.ByteArrayInputStream(bytes),
                org.echotrace.Progress.NONE);
        assertEquals(2, result.documents().size(), IngestFixtures.problems(result));
        assertEquals("<stdin>#record 3", only(new IngestResult(result.documents().subList(0, 1), List.of())).source());
    }

    @Test
    void truncatedRecordInTheMiddleOfAGzipWarcSkipsThatRecordOnly() throws IOException {
        byte[] first = WarcBytes.gzipped().htmlResponse("https://news.example/one", PAGE_WITH_DATE).bytes();
        byte[] broken = WarcBytes.gzipped().htmlResponse("https://news.example/cut", PAGE_WITH_DATE).bytes();
        byte[] last = WarcBytes.gzipped().htmlResponse("https://news.example/two", PAGE_WITHOUT_DATE).bytes();
        byte[] warc = concat(first, Arrays.copyOf(broken, broken.length / 2), last);
        IngestResult result = readFile("cut-inside.warc.gz", warc);
        assertEquals(List.of("https://news.example/one", "https://news.example/two"), IngestFixtures.ids(result));
        Diagnostic problem = IngestFixtures.onlyProblem(result);
        assertEquals(Location.record(2), problem.location());
        assertTrue(problem.reason().startsWith("truncated"), problem.reason());
        assertTrue(!problem.reason().contains("Exception"), problem.reason());
    }

    @Test
    void malformedRecordInTheMiddleOfAPlainWarcSkipsThatRecordOnly() throws IOException {
        byte[] warc = WarcBytes.plain()
                .htmlResponse("https://news.example/one", PAGE_WITH_DATE)
                .raw("WARC/1.0\r\nthis is not a header line\r\n\r\n")
                .htmlResponse("https://news.example/two", PAGE_WITHOUT_DATE)
                .bytes();
        IngestResult result = readFile("broken-inside.warc", warc);
        assertEquals(List.of("https://news.example/one", "https://news.example/two"), IngestFixtures.ids(result));
        assertEquals(Location.record(2), IngestFixtures.onlyProblem(result).location());
    }

    @Test
    void recordLargerThanTheLimitIsSkippedAndTheNextRead() throws IOException {
        String big = "<html><body><p>" + "A long paragraph of words. ".repeat(400) + "</p></body></html>";
        byte[] warc = WarcBytes.gzipped()
                .htmlResponse("https://news.example/big", big)
                .htmlResponse("https://news.example/two", PAGE_WITHOUT_DATE)
                .bytes();
        Files.write(dir.resolve("mixed.warc.gz"), warc);
        IngestResult result = new Ingester(new IngestOptions(4096, 20))
                .read(List.of(dir.resolve("mixed.warc.gz").toString()), null, null);
        assertEquals(List.of("https://news.example/two"), IngestFixtures.ids(result));
        Diagnostic problem = IngestFixtures.onlyProblem(result);
        assertEquals(Location.record(1), problem.location());
        assertTrue(problem.reason().matches("record is 10\\.\\d KiB, larger than the limit of 4\\.0 KiB \\(maxBytes\\)"),
                problem.reason());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
