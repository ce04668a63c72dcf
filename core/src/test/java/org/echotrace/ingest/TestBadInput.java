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
import org.echotrace.domain.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives one clear diagnostic and skips only that item. */
class TestBadInput {
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
    void mixedEncodingsAreReadAsUtf8WithTheOddBytesReplacedAndANote() throws IOException {
        // six pages of web-trafilatura were lost this way: UTF-8 with a few Latin-1 bytes pasted in
        byte[] utf8 = "Caf\u00e9 in UTF-8 and ".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "caf\u00e9 in Latin-1.".getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = new byte[utf8.length + latin.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(latin, 0, mixed, utf8.length, latin.length);
        IngestResult result = IngestFixtures.read(write("mixed.txt", mixed));
        assertEquals("Caf\u00e9 in UTF-8 and caf\uFFFD in Latin-1.", IngestFixtures.only(result).text());
        assertTrue(result.notes().get(0).reason().startsWith("mixed encodings: read as UTF-8"), result.notes().toString());
    }

    @Test
    void aPageThatIsNotUtf8IsReadInTheEncodingItDeclares() throws IOException {
        // web-trafilatura's ISO-8859-2 and GB2312 pages were refused or garbled before their meta tag was read
        String polish = "Sejm zag\u0142osowa\u0142 za: unijne fundusze coraz bli\u017cej, m\u00f3wi\u0105 pos\u0142owie. ";
        for (String meta : List.of("<meta charset=\"ISO-8859-2\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\" />")) {
            String page = "<html><head>" + meta + "</head><body><p>" + polish.repeat(8) + "</p></body></html>";
            IngestResult result = IngestFixtures.read(write("pl.html", page.getBytes(Charset.forName("ISO-8859-2"))));
            assertTrue(only(result).text().startsWith(polish.strip()), only(result).text());
            assertEquals("not valid UTF-8, read as ISO-8859-2 as the page declares", IngestFixtures.onlyNote(result).reason());
        }
        String chinese = "\u4e00\u4e2a\u7ea6\u5b9a\uff0c\u4fe1\u5b8815\u5e74\uff0c\u611f\u4eba\u81f3\u6df1\u3002";
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"/></head><body><p>"
                + chinese.repeat(20) + "</p></body></html>";
        IngestResult result = IngestFixtures.read(write("zh.html", page.getBytes(Charset.forName("GBK"))));
        assertTrue(only(result).text().startsWith(chinese), only(result).text());
    }

    @Test
    void aDeclaredLatin1IsReadAsWindows1252AsBrowsersDo() throws IOException {
        String page = "<html><head><meta charset=iso-8859-1></head><body><p>Die S\u00e4ngerin sagte \u201eja\u201c. "
                .repeat(10) + "</p></body></html>";
        IngestResult result = IngestFixtures.read(write("de.html", page.getBytes(Charset.forName("windows-1252"))));
        assertTrue(only(result).text().startsWith("Die S\u00e4ngerin sagte \u201eja\u201c."), only(result).text());
    }

    @Test
    void aStrayNulDeepInAPageIsDamageNotBinary() throws IOException {
        String page = "<html><body><p>" + "The council met again on Tuesday to settle the budget. ".repeat(40)
                + "\0</p></body></html>";
        IngestResult result = IngestFixtures.read(write("damaged.html", page.getBytes(StandardCharsets.UTF_8)));
        assertTrue(IngestFixtures.only(result).text().startsWith("The council met again"), IngestFixtures.problems(result));
        assertTrue(IngestFixtures.only(result).text().indexOf('\0') < 0);
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
        assertEquals(Location.line(5), result.problems().get(4).location());
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

    @Test
    void namedPipeInAFolderIsSkippedWithAMessageInsteadOfWaitingForever() throws Exception {
        write("story.txt", STORY.getBytes());
        Path fifo = dir.resolve("pipe.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo available");
        IngestResult result = IngestFixtures.read(dir);
        assertEquals(List.of("story"), IngestFixtures.ids(result));
        Diagnostic problem = onlyProblem(result);
        assertEquals(fifo.toString(), problem.file());
        assertTrue(problem.reason().startsWith("not a regular file (a named pipe, device or socket); name it"));
    }

    @Test
    void deviceNamedExplicitlyIsReadBoundedNotByTheSizeItReports() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists");
        IngestResult result = new Ingester(new IngestOptions(4096, 20)).read(List.of("/dev/zero"), null, null);
        assertTrue(result.documents().isEmpty());
        assertEquals("file is larger than the limit of 4.0 KiB (maxBytes)", onlyProblem(result).reason());
    }

    @Test
    void unlistableSubfolderSkipsThatFolderOnly() throws IOException {
        // root lists any folder, so the walk's answer to a failure is driven directly as well
        InputCollector.FolderWalk walk = new InputCollector.FolderWalk(dir);
        Path locked = dir.resolve("locked");
        assertEquals(java.nio.file.FileVisitResult.CONTINUE,
                walk.visitFileFailed(locked, new java.nio.file.AccessDeniedException(locked.toString())));
        assertEquals(List.of(Diagnostic.of(locked.toString(), "cannot list folder: permission denied; skipped, the rest is read")),
                walk.problems);
        assumeFalse("root".equals(System.getProperty("user.name")), "root can list any folder");
        write("a.txt", STORY.getBytes());
        Files.createDirectories(locked);
        Files.write(locked.resolve("b.txt"), STORY.getBytes());
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        IngestResult result = IngestFixtures.read(dir);
        assertEquals(List.of("a"), IngestFixtures.ids(result));
        assertEquals(locked.toString(), onlyProblem(result).file());
    }

    @Test
    void symbolicLinkLoopIsReported() throws IOException {
        write("a.txt", STORY.getBytes());
        Path loop = dir.resolve("sub");
        Files.createDirectories(loop);
        Files.createSymbolicLink(loop.resolve("back"), dir);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        IngestResult result = IngestFixtures.read(dir);
        assertEquals(List.of("a"), IngestFixtures.ids(result));
        assertEquals(List.of(
                        Diagnostic.of(dir.resolve("dangling.txt").toString(), "broken symbolic link, skipped"),
                        Diagnostic.of(loop.resolve("back").toString(),
                                "symbolic link loop (a link to a folder that contains it), skipped")),
                result.problems());
    }

    @Test
    void utf16WithoutByteOrderMarkIsReadWithANote() throws IOException {
        for (Charset wide : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            IngestResult result = IngestFixtures.read(write("wide-" + wide.name() + ".txt", STORY.getBytes(wide)));
            assertEquals(STORY, only(result).text());
            assertEquals("no byte-order mark, read as " + wide.name(), IngestFixtures.onlyNote(result).reason());
        }
    }

    @Test
    void loneSurrogateReferenceInHtmlBecomesAReplacementCharacter() throws IOException {
        String page = "<html><head><title>T &#xD800; t</title></head><body><p>" + STORY
                + " A broken &#xD800; reference.</p></body></html>";
        Document doc = only(IngestFixtures.read(write("s.html", page.getBytes(StandardCharsets.UTF_8))));
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(doc.text()), doc.text());
        assertTrue(doc.text().contains("A broken \uFFFD reference.") || doc.text().contains("A broken  reference."),
                doc.text());
    }

    @Test
    void sizesThatRoundAlikeAreShownExactly() throws IOException {
        long limit = 10L * 1024 * 1024;
        Path file = write("big.txt", new byte[(int) limit + 1]);
        IngestResult result = new Ingester(new IngestOptions(limit, 20)).read(List.of(file.toString()), null, null);
        assertEquals("file is 10.0 MiB (10485761 bytes), larger than the limit of 10.0 MiB (10485760 bytes) (maxBytes)",
                onlyProblem(result).reason());
    }

    @Test
    void deeplyNestedTablesAreReadWithTheirText() throws IOException {
        StringBuilder page = new StringBuilder("<html><body><p>" + STORY + "</p>");
        for (int i = 0; i < 20_000; i++) {
            page.append("<table><tr><td>cell ").append(i).append(' ');
        }
        String bounded = PageParser.boundTableNesting(page.toString());
        assertEquals(PageParser.MAX_NESTED_TABLES, bounded.split("<table>", -1).length - 1);
        Document doc = only(IngestFixtures.read(write("nested.html", page.toString().getBytes(StandardCharsets.UTF_8))));
        assertTrue(doc.text().contains("cell 19999"), "the innermost cell's text is kept");
    }
}
