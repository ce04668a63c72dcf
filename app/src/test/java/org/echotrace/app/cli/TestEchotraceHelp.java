package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echotrace.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/** Every command explains itself. */
class TestEchotraceHelp {

    @Test
    void versionNamesTheProgram() {
        CliRun run = CliRun.of("--version");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().startsWith("echotrace "), run.out());
    }

    @Test
    void rootHelpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String command : new String[] {"analyze", "eval", "bench"}) {
            assertTrue(run.out().contains(command), command);
        }
    }

    @Test
    void everySubcommandHasHelp() {
        for (String[] command : new String[][] {{"analyze"}, {"ingest"}, {"report"}, {"export"}, {"serve"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.OK, run.exitCode(), String.join(" ", command));
            assertTrue(run.out().contains("Usage: echotrace " + String.join(" ", command)), run.out());
        }
    }

    @Test
    void evalAndBenchSayWhereTheyRun() {
        for (String command : new String[] {"eval", "bench"}) {
            CliRun run = CliRun.of(command, "pan", "some/folder");
            assertEquals(ExitCodes.USAGE, run.exitCode(), command);
            assertTrue(run.err().contains("runs from the bench module"), run.err());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--no-such-option", "x");
        assertEquals(ExitCodes.USAGE, run.exitCode());
    }
}
