package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        for (String command : List.of("eval pan", "eval clough", "eval stories", "eval web", "bench reuse",
                "bench analyze", "bench store")) {
            CliRun run = CliRun.of((command + " --help").split(" "));
            assertEquals(ExitCodes.OK, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: echotrace " + command), run.out());
        }
    }

    @Test
    void aBadValueIsAUsageError() {
        CliRun run = CliRun.of("eval", "pan", "no-such-folder", "--ngram", "1");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("ngram"), run.err());
    }
}
