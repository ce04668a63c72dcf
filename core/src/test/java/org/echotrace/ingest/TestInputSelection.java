package org.echotrace.ingest;

import static org.echotrace.ingest.IngestFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, folders and standard input: what gets read, in which order, and how stdin's format is told. */
class TestInputSelection {
    private static final String STORY = "The harbour reopened on Sunday after three days of closure.";

    @TempDir
    Path dir;

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static IngestResult readStdin(String content) {
        return IngestFixtures.ingester().read(List.of("-"),
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), null);
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderWithoutHiddenFiles() throws IOException {
        write("b.txt", STORY);
        write("a/z.txt", STORY);
        write("a/deeper/y.html", "<p>" + STORY + "</p>");
        write(".hidden.txt", STORY);
        write(".git/config.txt", STORY);
        write("c/.DS_Store", "binary junk");
        IngestResult result = IngestFixtures.read(dir);
        assertTrue(result.problems().isEmpty(), IngestFixtures.problems(result));
        assertEquals(List.of("y", "z", "b"), IngestFixtures.ids(result));
    }

    @Test
    void progressCountsFiles() throws IOException {
        write("a.txt", STORY);
        write("b.txt", STORY);
        List<String> updates = new ArrayList<>();
        IngestFixtures.ingester().read(List.of(dir.toString()), null,
                (stage, done, total) -> updates.add(stage + " " + done + "/" + total));
        assertEquals(List.of("read 0/2", "read 1/2", "read 2/2"), updates);
    }

    @Test
    void sameFileNameInTwoFoldersKeepsBothDocuments() throws IOException {
        write("one/story.txt", STORY);
        write("two/story.txt", STORY + " A second paragraph only this copy has.");
        IngestResult result = IngestFixtures.read(dir);
        assertEquals(List.of("story", "story-2"), IngestFixtures.ids(result));
        assertEquals(0, result.problems().size());
        assertEquals(1, result.notes().size());
    }

    @Test
    void theSameFileTwiceIsReadOnce() throws IOException {
        write("one/story.txt", STORY);
        write("two/story.txt", STORY);
        IngestResult result = IngestFixtures.read(dir);
        assertEquals(List.of("story"), IngestFixtures.ids(result));
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertTrue(result.notes().get(0).reason().contains("same text as an article read before; read once"),
                result.notes().toString());
    }

    @Test
    void standardInputPlainText() {
        Document doc = only(readStdin("Headline for the harbour\n\n" + STORY));
        assertEquals("stdin", doc.id());
        assertEquals(InputItem.STDIN_NAME, doc.source());
        assertEquals("Headline for the harbour", doc.title());
        assertEquals(STORY, doc.text());
    }

    @Test
    void standardInputHtmlIsSniffed() {
        Document doc = only(readStdin("<!DOCTYPE html><html><head><title>Harbour</title></head><body><p>"
                + STORY + "</p></body></html>"));
        assertEquals("Harbour", doc.title());
        assertEquals(STORY, doc.text());
    }

    @Test
    void standardInputJsonLinesIsSniffed() {
        IngestResult result = readStdin("{\"id\":\"one\",\"text\":\"" + STORY + "\"}\n{\"id\":\"two\",\"text\":\"More.\"}\n");
        assertEquals(List.of("one", "two"), IngestFixtures.ids(result));
        assertEquals(InputItem.STDIN_NAME + "#line 2", result.documents().get(1).source());
    }

    @Test
    void standardInputGzipIsUnpacked() {
        byte[] gz = WarcBytes.gzip(STORY.getBytes(StandardCharsets.UTF_8));
        IngestResult result = IngestFixtures.ingester().read(List.of("-"), new ByteArrayInputStream(gz), null);
        assertEquals(STORY, only(result).text());
    }

    @Test
    void unknownExtensionIsSniffed() throws IOException {
        write("page.php", "<html><body><p>" + STORY + "</p></body></html>");
        write("notes", STORY);
        IngestResult result = IngestFixtures.read(dir);
        assertEquals(List.of("notes", "page"), IngestFixtures.ids(result));
        assertEquals(STORY, result.documents().get(1).text());
    }

    @Test
    void readStringTreatsContentAsAFileOfThatName() {
        IngestResult result = IngestFixtures.ingester().readString("dir/page.html", "<p>" + STORY + "</p>");
        Document doc = only(result);
        assertEquals("page", doc.id());
        assertEquals("dir/page.html", doc.source());
        assertNull(doc.title());
    }
}
