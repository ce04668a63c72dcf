package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.echotrace.domain.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills while articles are stored: one line names the store and the cause, every committed
 * article is kept, and once there is room the store opens and takes more.
 */
class TestDiskFull {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsOneLineWithTheStoreAndTheCauseAndNothingCommittedIsLost() throws IOException {
        List<String> committed = new ArrayList<>();
        try (ArticleStore store = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            addBatch(store, 0, committed);
        }
        StoreException full = null;
        ArticleStore filling = ArticleStore.openForWriting(dir, StoreConfig.defaults(), d -> new FullDisk(d, 200_000));
        try {
            for (int batch = 1; batch < 200 && full == null; batch++) {
                try {
                    addBatch(filling, batch, committed);
                } catch (StoreException e) {
                    full = e;
                }
            }
        } finally {
            filling.close();
        }
        assertNotNull(full, "the disk filled up");
        String message = full.getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains(dir.toAbsolutePath().normalize().toString()), message);
        assertTrue(message.contains("No space left on device"), message);

        try (ArticleStore reopened = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            for (String id : committed) {
                assertTrue(reopened.article(id).isPresent(), id + " was committed before the disk filled");
            }
            reopened.add(Document.of("after", "Once there is room again the store takes the next article."), null);
            reopened.commit();
            assertEquals(committed.size() + 1, reopened.stats().articles());
        }
    }

    /** Five articles, committed; their ids join {@code committed} only once the commit returned. */
    private static void addBatch(ArticleStore store, int batch, List<String> committed) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = "a" + batch + "-" + i;
            store.add(Document.of(id, text(batch * 5 + i)), null);
            ids.add(id);
        }
        store.commit();
        committed.addAll(ids);
    }

    private static String text(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            text.append("word").append((n * 31 + i * 7) % 997).append(i % 9 == 8 ? ". " : " ");
        }
        return text.toString();
    }

    /** A directory on a disk with {@code room} bytes left, that says so as a full disk does. */
    static final class FullDisk extends FilterDirectory {
        private final AtomicLong room;

        FullDisk(Directory in, long room) {
            super(in);
            this.room = new AtomicLong(room);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return filling(super.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return filling(super.createTempOutput(prefix, suffix, context));
        }

        private IndexOutput filling(IndexOutput out) {
            return new FilterIndexOutput("full disk", out.getName(), out) {
                @Override
                public void writeByte(byte b) throws IOException {
                    use(1);
                    super.writeByte(b);
                }

                @Override
                public void writeBytes(byte[] b, int offset, int length) throws IOException {
                    use(length);
                    super.writeBytes(b, offset, length);
                }
            };
        }

        private void use(long bytes) throws IOException {
            if (room.addAndGet(-bytes) < 0) {
                throw new IOException("No space left on device");
            }
        }
    }
}
