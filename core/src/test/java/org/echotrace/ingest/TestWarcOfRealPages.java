package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.echotrace.domain.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Real pages of {@code shared/data/web-readability} (every third of the 130), crawled into a {@code .warc.gz} with jwarc (one
 * gzip member a record, as crawlers write them), read the same as the HTML files themselves: same pages
 * read, same texts, same titles. Skipped where the shared data is not present.
 */
class TestWarcOfRealPages {
    @TempDir
    Path dir;

    @Test
    void warcOfTheReadabilityPagesGivesTheSameTextsAsTheHtmlFiles() throws IOException {
        Path pages = sharedData("web-readability");
        assumeTrue(pages != null, "shared/data/web-readability not found; skipped");
        Map<String, Path> sources = new LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(pages)) {
            List<Path> all = folders.sorted().filter(f -> Files.isRegularFile(f.resolve("source.html"))).toList();
            // every third page: the same variety of sites at a third of the test's time
            for (int i = 0; i < all.size(); i += 3) {
                sources.put("https://pages.example/" + all.get(i).getFileName(), all.get(i).resolve("source.html"));
            }
        }
        Path warc = dir.resolve("readability.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (Map.Entry<String, Path> page : sources.entrySet()) {
                writer.write(response(page.getKey(), Files.readAllBytes(page.getValue())));
            }
        }
        IngestResult fromFiles = IngestFixtures.read(sources.values().toArray(Path[]::new));
        IngestResult fromWarc = IngestFixtures.read(warc);

        assertTrue(fromFiles.documents().size() >= sources.size() - 5, IngestFixtures.problems(fromFiles));
        assertEquals(fromFiles.problems().size(), fromWarc.problems().size(), IngestFixtures.problems(fromWarc));
        Map<String, Document> warcByUrl = new LinkedHashMap<>();
        fromWarc.documents().forEach(d -> warcByUrl.put(d.id(), d));
        List<String> different = new ArrayList<>();
        for (Document file : fromFiles.documents()) {
            String url = "https://pages.example/" + Path.of(file.source()).getParent().getFileName();
            Document crawled = warcByUrl.get(url);
            if (crawled == null || !crawled.text().equals(file.text()) || !same(crawled.title(), file.title())) {
                different.add(url);
            }
        }
        assertEquals(List.of(), different);
        assertEquals(fromFiles.documents().size(), fromWarc.documents().size());
    }

    private static WarcResponse response(String url, byte[] html) throws IOException {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + html.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + html.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(html, 0, http, head.length, html.length);
        return new WarcResponse.Builder(url).date(Instant.parse("2024-02-11T10:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** {@code shared/data/NAME} next to the project root, searched upwards from the working directory. */
    static Path sharedData(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
