package org.echotrace.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.report.ReportJson;
import org.echotrace.story.StorySettings;

/**
 * The settings a store was created with, kept in {@code store.json}: every article in it was matched
 * with them, so they are fixed for the store's life and later command-line options do not change them.
 *
 * @param format layout version of the store, raised when an older store can no longer be read
 */
public record StoreConfig(int format, AnalysisSettings reuse, StorySettings stories) {

    public static final int FORMAT = 1;
    static final String FILE = "store.json";

    public StoreConfig {
        Objects.requireNonNull(reuse, "reuse");
        Objects.requireNonNull(stories, "stories");
    }

    public static StoreConfig defaults() {
        return new StoreConfig(FORMAT, AnalysisSettings.DEFAULTS, StorySettings.DEFAULTS);
    }

    /** The config in {@code dir}, or {@code fresh} written there when the store is new. */
    static StoreConfig readOrCreate(Path dir, StoreConfig fresh) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            return read(dir);
        }
        Path temporary = dir.resolve(FILE + ".tmp");
        ReportJson.mapper().writeValue(temporary.toFile(), fresh);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return fresh;
    }

    static StoreConfig read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new StoreException(dir + " is not an echotrace store (no " + FILE + ")");
        }
        StoreConfig config = ReportJson.mapper().readValue(file.toFile(), StoreConfig.class);
        if (config.format() > FORMAT) {
            throw new StoreException(dir + " was written by a newer echotrace (store format " + config.format() + ")");
        }
        return config;
    }
}
