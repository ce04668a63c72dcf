package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.bench.DataPaths;
import org.echotrace.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echotrace eval polnear} on two real dev articles and on a folder that is not PolNeAR. */
class TestEvalPolnear {

    @TempDir
    Path empty;

    @Test
    void printsOneJsonLineWithEveryRole() {
        Path dev = DataPaths.sharedData().map(d -> d.resolve("polnear/dev")).filter(Files::isDirectory).orElse(null);
        assumeTrue(dev != null, "shared/data/polnear/dev not found; skipped");

        CliRun run = CliRun.of("eval", "polnear", dev.toString(), "--limit", "2");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String json = run.out().strip();
        assertEquals(1, json.lines().count(), json);
        assertTrue(json.startsWith("{\"documents\":2,"), json);
        for (String key : new String[] {"\"cue\"", "\"source\"", "\"content\"", "\"exact\"", "\"overlap\"", "\"f1\""}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
    }

    @Test
    void aFolderWithoutGoldIsNoInput() {
        CliRun run = CliRun.of("eval", "polnear", empty.toString(), "--no-cache");

        assertEquals(ExitCodes.NO_INPUT, run.exitCode());
        assertTrue(run.err().contains("attributions/"), run.err());
    }
}
