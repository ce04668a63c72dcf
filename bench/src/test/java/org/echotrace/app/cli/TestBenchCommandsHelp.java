package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echotrace.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/** The bench module's entry point is the whole command, with the real eval and bench. */
class TestBenchCommandsHelp {

    @Test
    void rootHelpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String command : new String[] {"analyze", "ingest", "serve", "eval", "bench"}) {
            assertTrue(run.out().contains(command), command);
        }
    }

    @Test
    void everyEvaluationAndBenchmarkHasHelp() {
        for (String[] command : new String[][] {{"eval", "pan"}, {"eval", "clough"}, {"eval", "stories"},
                {"eval", "web"}, {"bench", "reuse"}, {"bench", "analyze"}, {"bench", "store"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.OK, run.exitCode(), String.join(" ", command));
            assertTrue(run.out().contains("Usage: echotrace " + String.join(" ", command)), run.out());
        }
    }

    @Test
    void aBadValueIsAUsageError() {
        CliRun run = CliRun.of("eval", "pan", "no-such-folder", "--ngram", "1");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("ngram"), run.err());
    }
}
