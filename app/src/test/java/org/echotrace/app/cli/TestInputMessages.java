package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What analyze says about its inputs and its output folder, and what counts for {@code --strict}. */
class TestInputMessages {
    private static final String STORY = "The harbour reopened on Sunday after three days of closure, the port said.";

    @TempDir
    Path dir;

    @Test
    void outThatIsAFileSaysSoBeforeReadingAnything() throws IOException {
        Path file = Files.writeString(dir.resolve("passwd"), "not a folder");
        Files.writeString(dir.resolve("a.txt"), STORY);
        CliRun run = CliRun.of("analyze", dir.resolve("a.txt").toString(), "--no-nlp", "--out", file.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("echotrace: --out " + file + ": exists and is not a folder", run.err().strip());
    }

    @Test
    void notesAreSaidButDoNotMakeStrictFail() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("legacy.txt"), ("Caf\u00e9 owners said: " + STORY).getBytes("windows-1252"));
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"a\",\"text\":\"" + STORY + " One.\"}\n"
                + "{\"id\":\"a\",\"text\":\"A lone \\ud800 surrogate. " + STORY + "\"}\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", in.toString(), "--no-nlp", "--strict", "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("echotrace: note: " + in.resolve("legacy.txt") + ": not valid UTF-8, read as windows-1252"),
                run.err());
        assertTrue(run.err().contains("echotrace: note: " + in.resolve("feed.jsonl")
                + " (line 2): duplicate id \"a\", renamed to \"a-2\""), run.err());
        assertFalse(run.err().contains("skipped"), run.err());
        assertTrue(Files.readString(dir.resolve("out").resolve("report.json")).contains("A lone \uFFFD surrogate"));
    }

    @Test
    void aRealSkipMakesStrictFail() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"a\",\"text\":\"" + STORY + "\"}\n{\"id\":\"b\",\"text\n");
        CliRun run = CliRun.of("analyze", in.toString(), "--no-nlp", "--strict", "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.INPUT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.err().contains("echotrace: skipped " + in.resolve("feed.jsonl") + " (line 2): malformed JSON"),
                run.err());
    }
}
