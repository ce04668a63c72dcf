package org.echotrace.ingest;

import static org.echotrace.ingest.IngestFixtures.only;
import static org.echotrace.ingest.IngestFixtures.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.echotrace.Progress;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives one clear diagnostic and skips only that item. */
class BadInputTest {
    private static final String STORY = "The harbour reopened on Sunday after three days of closure.";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static Diagnostic problemOf(Path file) {
        IngestResult result = IngestFixtures.read(file);
        assertTrue(result.documents().isEmpty(), () -> "read " + IngestFixtures.ids(result));
        Diagnostic problem = onlyProblem(result);
        assertEquals(file.toString(), problem.file());
        return problem;
    }

    @Test
    void binaryWithNulBytes() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("binary content (NUL byte at offset 8), not text", problemOf(write("image.txt", png)).reason());
    }

    @Test
    void binaryWithManyControlCharacters() throws IOException {
        byte[] bytes = new byte[200];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < 200; i += 5) {
            bytes[i] = 0x01;
        }
        assertTrue(problemOf(write("noise.txt", bytes)).reason().startsWith("binary content (20% control characters)"));
    }

    @Test
    void windows1252IsReadWithANote() throws IOException {
        byte[] bytes = "The caf\u00e9 said \u201cwe reopen\u201d on Sunday.".getBytes(Charset.forName("windows-1252"));
        IngestResult result = IngestFixtures.read(write("legacy.txt", bytes));
        assertEquals("The caf\u00e9 said \u201cwe reopen\u201d on Sunday.", only(result).text());
        assertTrue(result.problems().isEmpty(), "read, not skipped");
        assertEquals("not valid UTF-8, read as windows-1252", IngestFixtures.onlyNote(result).reason());
        assertNull(IngestFixtures.onlyNote(result).location());
    }

    @Test
    void mixedEncodingsAreRefused() throws IOException {
        byte[] utf8 = "Caf\u00e9 in UTF-8 and ".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "caf\u00e9 in Latin-1.".getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = new byte[utf8.length + latin.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(latin, 0, mixed, utf8.length, latin.length);
        String reason = problemOf(write("mixed.txt", mixed)).reason();
        assertTrue(reason.startsWith("mixed encodings: valid UTF-8 next to invalid bytes"), reason);
    }

    @Test
    void bytesNeitherUtf8NorWindows1252AreRefused() throws IOException {
        byte[] bytes = {'A', 'b', (byte) 0x81, (byte) 0x8d, (byte) 0x90, 'c', '.'};
        String reason = problemOf(write("odd.txt", bytes)).reason();
        assertEquals("not valid UTF-8 (first bad byte at offset 2) and not plausible windows-1252 text", reason);
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        byte[] bytes = ("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(STORY, only(IngestFixtures.read(write("wide.txt", bytes))).text());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("empty file", problemOf(write("empty.txt", new byte[0])).reason());
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        assertEquals("only whitespace, no text", problemOf(write("blank.txt", " \n\t\r\n  ".getBytes())).reason());
    }

    @Test
    void fileLargerThanTheLimitIsNotRead() throws IOException {
        Path file = write("big.txt", ("x".repeat(150) + ".").getBytes());
        IngestResult result = new Ingester(new IngestOptions(100, 20))
                .read(List.of(file.toString()), null, Progress.NONE);
        assertEquals("file is 151 bytes, larger than the limit of 100 bytes (maxBytes)", onlyProblem(result).reason());
    }

    @Test
    void standardInputLargerThanTheLimit() {
        IngestResult result = new Ingester(new IngestOptions(100, 20))
                .read(List.of("-"), new ByteArrayInputStream(new byte[500]), Progress.NONE);
        Diagnostic problem = onlyProblem(result);
        assertEquals(InputItem.STDIN_NAME, problem.file());
        assertEquals("standard input is larger than the limit of 100 bytes (maxBytes)", problem.reason());
    }

    @Test
    void missingPath() {
        Path missing = dir.resolve("nowhere.txt");
        IngestResult result = IngestFixtures.read(missing);
        assertEquals(new Diagnostic(missing.toString(), null, "no such file or folder"), onlyProblem(result));
    }

    @Test
    void unreadableFile() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can read any file");
        Path file = write("secret.txt", STORY.getBytes());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assertEquals("cannot read file: permission denied", problemOf(file).reason());
    }

    @Test
    void pathThatCannotBeReadAsAFile() {
        IngestResult result = IngestFixtures.ingester().readStream("folder.txt", new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new java.nio.file.FileSystemException("folder.txt", null, "Is a directory");
            }
        });
        assertEquals("cannot read file: Is a directory", onlyProblem(result).reason());
    }

    @Test
    void gzipFileIsUnpackedByItsInnerName() throws IOException {
        byte[] jsonl = ("{\"id\":\"z\",\"text\":\"" + STORY + "\"}\n").getBytes(StandardCharsets.UTF_8);
        Document doc = only(IngestFixtures.read(write("feed.jsonl.gz", WarcBytes.gzip(jsonl))));
        assertEquals("z", doc.id());
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] gz = WarcBytes.gzip(STORY.repeat(20).getBytes(StandardCharsets.UTF_8));
        Path file = write("story.txt.gz", Arrays.copyOf(gz, gz.length / 2));
        assertEquals("truncated gzip: the compressed data ends too early", problemOf(file).reason());
    }

    @Test
    void textThatIsAllBoilerplate() throws IOException {
        Path file = write("furniture.txt", "Leave a Comment\n\nShare this\n\nSubscribe to our newsletter\n".getBytes());
        assertEquals("no text left after cleaning (everything was boilerplate)", problemOf(file).reason());
    }

    @Test
    void problemsPerFileAreCapped() {
        String lines = "{broken\n".repeat(30);
        IngestResult result = new Ingester(new IngestOptions(1 << 20, 5)).readString("many.jsonl", lines);
        assertEquals(6, result.problems().size());
        assertEquals("line 5", result.problems().get(4).location());
        assertEquals("25 more problems in this file not listed", result.problems().get(5).reason());
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        write("a.txt", STORY.getBytes());
        write("b.txt", new byte[] {0, 1, 2, 3});
        write("c.txt", STORY.getBytes());
        IngestResult result = IngestFixtures.read(dir);
        assertEquals(List.of("a", "c"), IngestFixtures.ids(result));
        assertEquals(dir.resolve("b.txt").toString(), onlyProblem(result).file());
    }
}
