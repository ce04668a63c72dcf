package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;

/**
 * One fuzz input driven through every reader path: the first byte picks the file name (and so the format:
 * HTML, JSON Lines, WARC, plain or gzipped text, or a name that tells nothing, so the content is sniffed),
 * the second whether the rest is gzipped first (so the fuzzer reaches the formats inside a {@code .gz} as
 * well as the gzip reader itself); the rest is the content, also read as a date. Shared by the fuzz test
 * and the replay of the crashes it found.
 */
final class FuzzTarget {
    private static final List<String> NAMES = List.of("page.html", "feed.jsonl", "crawl.warc", "crawl.warc.gz",
            "feed.jsonl.gz", "story.txt", "page.html.gz", "unnamed", "feed.ndjson", "story.txt.gz");
    /** Small, so that the size limits are crossed too. */
    private static final IngestOptions OPTIONS = new IngestOptions(64 * 1024, 20, 1_000_000);
    private static final String SAFETY_NET = "could not be read: ";

    private FuzzTarget() {
    }

    static void read(byte[] input) {
        String name = NAMES.get(input.length > 0 ? (input[0] & 0xff) % NAMES.size() : 0);
        boolean gzipFirst = input.length > 1 && (input[1] & 1) == 1;
        byte[] content = input.length > 2 ? java.util.Arrays.copyOfRange(input, 2, input.length) : new byte[0];
        IngestResult result = new Ingester(OPTIONS).readBytes(name, gzipFirst ? WarcBytes.gzip(content) : content);
        checkInvariants(result);
        String text = new String(content, StandardCharsets.UTF_8);
        DateReader.readWhole(text);
        HtmlMetadataReader.parseDate(text);
        DateReader.readAt(new String(content, StandardCharsets.ISO_8859_1), 0);
    }

    /** Nothing escapes as an exception, nothing is caught by the last-resort net, and every text can be written. */
    private static void checkInvariants(IngestResult result) {
        for (Diagnostic problem : result.problems()) {
            assertFalse(problem.reason().startsWith(SAFETY_NET), () -> "a reader threw: " + problem);
        }
        for (Document document : result.documents()) {
            assertFalse(document.text().isBlank(), "a document without text");
            assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(document.text()), "text not writable as UTF-8");
        }
    }
}
