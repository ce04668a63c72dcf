package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.echotrace.cli.ExitCodes;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestServeCommand {

    @Test
    void aStoreInUseIsRefusedWithItsExitStatus(@TempDir Path dir) throws Exception {
        try (ArticleStore held = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            CliRun run = CliRun.of("serve", "--store", dir.toString(), "--no-nlp", "--port", "0");
            assertEquals(ExitCodes.STORE_UNAVAILABLE, run.exitCode(), run.err());
            assertTrue(run.err().contains("in use by another echotrace process"), run.err());
        }
    }

    @Test
    void onlyLoopbackAddressesPassWithoutAWarning() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1"}) {
            assertTrue(ServeCommand.isLoopback(host), host);
        }
        for (String host : new String[] {"0.0.0.0", "192.0.2.10", "no-such-host.invalid"}) {
            assertFalse(ServeCommand.isLoopback(host), host);
        }
    }

    @Test
    void helpNamesTheOptions() {
        CliRun run = CliRun.of("serve", "--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String option : new String[] {"--store", "--port", "--host", "--max-body", "--no-nlp"}) {
            assertTrue(run.out().contains(option), option);
        }
    }
}
