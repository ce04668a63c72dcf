package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store is marked with the format of the newest echotrace that wrote it; a newer one is refused plainly. */
class TestStoreConfig {

    @TempDir
    Path dir;

    @Test
    void aStoreOfAnOlderFormatIsMarkedCurrentOnceThisVersionWritesToIt() throws Exception {
        try (ArticleStore store = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            assertEquals(StoreConfig.FORMAT, store.config().format());
        }
        // written before format 3, the file names no fingerprint window: every fingerprint was indexed
        ObjectNode older = ReportJson.mapper().valueToTree(StoreConfig.defaults());
        older.put("format", 2);
        older.remove("fingerprintWindow");
        ReportJson.mapper().writeValue(dir.resolve(StoreConfig.FILE).toFile(), older);

        try (ArticleStore reader = ArticleStore.openForReading(dir)) {
            assertEquals(2, reader.config().format(), "reading leaves the store as it was");
            assertEquals(1, reader.config().fingerprintWindow());
        }
        try (ArticleStore writer = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            assertEquals(StoreConfig.FORMAT, writer.config().format());
            assertEquals(1, writer.config().fingerprintWindow(), "its articles keep being matched as indexed");
        }
        assertEquals(StoreConfig.FORMAT, StoreConfig.read(dir).format());
        assertEquals(1, StoreConfig.read(dir).fingerprintWindow());
    }

    @Test
    void aStoreOfANewerFormatIsRefusedWithTheReason() throws Exception {
        Files.createDirectories(dir);
        StoreConfig newer = new StoreConfig(StoreConfig.FORMAT + 1, StoreConfig.defaults().reuse(),
                StoreConfig.defaults().stories(), StoreConfig.FINGERPRINT_WINDOW);
        ReportJson.mapper().writeValue(dir.resolve(StoreConfig.FILE).toFile(), newer);
        StoreException e = assertThrows(StoreException.class,
                () -> ArticleStore.openForWriting(dir, StoreConfig.defaults()));
        assertTrue(e.getMessage().contains("newer echotrace"), e.getMessage());
    }
}
