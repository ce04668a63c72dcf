package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An id that would clear the screen and set the window title is printed escaped, in --list and in errors. */
class TestTerminalEscapes {

    static final String HOSTILE_ID = "\\u001b[2J\\u001b]0;PWNED\\u0007";

    @TempDir
    Path dir;

    @Test
    void idsAndErrorsReachTheTerminalWithoutEscapeSequences() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, TestRepeatedIds.line(HOSTILE_ID, TestRepeatedIds.FIRST) + "\n"
                + TestRepeatedIds.line(HOSTILE_ID, TestRepeatedIds.SECOND) + "\n"
                + "{\"id\":\"" + HOSTILE_ID + "\",\"published\":\"\\u001b[31m\"}\n");
        CliRun run = CliRun.of("ingest", feed.toString(), "--store", dir.resolve("store").toString(), "--no-nlp", "--list");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        for (String printed : new String[] {run.out(), run.err()}) {
            assertFalse(printed.contains("\u001b") || printed.contains("\u0007"), printed);
        }
        assertTrue(run.out().contains("added \\u001b[2J\\u001b]0;PWNED\\u0007 story"), run.out());
        assertTrue(run.err().contains("renamed to \"\\u001b[2J\\u001b]0;PWNED\\u0007-2\""), run.err());
        CliRun report = CliRun.of("report", "--store", dir.resolve("store").toString(), "--story", "\u001b[2J", "--no-nlp");
        assertFalse(report.err().contains("\u001b"), report.err());
        assertTrue(report.err().contains("no story \\u001b[2J"), report.err());
    }
}
