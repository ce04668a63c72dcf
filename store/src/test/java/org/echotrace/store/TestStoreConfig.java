package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        StoreConfig older = new StoreConfig(1, StoreConfig.defaults().reuse(), StoreConfig.defaults().stories());
        ReportJson.mapper().writeValue(dir.resolve(StoreConfig.FILE).toFile(), older);

        try (ArticleStore reader = ArticleStore.openForReading(dir)) {
            assertEquals(1, reader.config().format(), "reading leaves the store as it was");
        }
        try (ArticleStore writer = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            assertEquals(StoreConfig.FORMAT, writer.config().format());
        }
        assertEquals(StoreConfig.FORMAT, StoreConfig.read(dir).format());
    }

    @Test
    void aStoreOfANewerFormatIsRefusedWithTheReason() throws Exception {
        Files.createDirectories(dir);
        StoreConfig newer = new StoreConfig(StoreConfig.FORMAT + 1, StoreConfig.defaults().reuse(),
                StoreConfig.defaults().stories());
        ReportJson.mapper().writeValue(dir.resolve(StoreConfig.FILE).toFile(), newer);
        StoreException e = assertThrows(StoreException.class,
                () -> ArticleStore.openForWriting(dir, StoreConfig.defaults()));
        assertTrue(e.getMessage().contains("newer echotrace"), e.getMessage());
    }
}
