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
        for (String[] command : new String[][] {{"analyze"}, {"eval", "pan"}, {"eval", "clough"}, {"eval", "stories"}, {"bench", "reuse"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.OK, run.exitCode(), String.join(" ", command));
            assertTrue(run.out().contains("Usage: echotrace " + String.join(" ", command)), run.out());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--no-such-option", "x");
        assertEquals(ExitCodes.USAGE, run.exitCode());
    }
}
