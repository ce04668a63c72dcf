package org.echotrace.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.report.ReportJson;
import org.echotrace.story.StorySettings;

/**
 * The settings a store was created with, kept in {@code store.json}: every article in it was matched
 * with them, so they are fixed for the store's life and later command-line options do not change them.
 *
 * @param format layout version of the store, raised when an older echotrace can no longer read what this
 *               one writes (2: fingerprints in Bloom-filtered postings; 3: winnowed fingerprints)
 * @param fingerprintWindow the winnowing window of the indexed fingerprints (see {@link Fingerprints}); 1
 *               (every fingerprint) in stores made before format 3, which do not name it
 */
public record StoreConfig(int format, ReuseSettings reuse, StorySettings stories, int fingerprintWindow) {

    public static final int FORMAT = 3;
    /**
     * Keeps half of a text's fingerprints, which halves the index's largest field and the lookups of
     * every match. A shared run of 10 words (6 shingles) is still sure to share two kept fingerprints,
     * as {@link Matcher#MIN_HITS} asks; on the Clough-Stevenson answers every pair the aligner reports
     * stayed a candidate with 3, while a window of 5 lost a heavy revision (docs/benchmarks.md).
     */
    public static final int FINGERPRINT_WINDOW = 3;
    static final String FILE = "store.json";

    public StoreConfig {
        Objects.requireNonNull(reuse, "reuse");
        Objects.requireNonNull(stories, "stories");
        fingerprintWindow = Math.max(1, fingerprintWindow);
    }

    public static StoreConfig defaults() {
        return of(ReuseSettings.DEFAULTS, StorySettings.DEFAULTS);
    }

    /** A new store's config: the current format and fingerprint window with these settings. */
    public static StoreConfig of(ReuseSettings reuse, StorySettings stories) {
        return new StoreConfig(FORMAT, reuse, stories, FINGERPRINT_WINDOW);
    }

    /** The config in {@code dir}, or {@code fresh} written there when the store is new. */
    static StoreConfig readOrCreate(Path dir, StoreConfig fresh) throws IOException {
        if (Files.exists(dir.resolve(FILE))) {
            return read(dir);
        }
        write(dir, fresh);
        return fresh;
    }

    /**
     * The config of a store this process now writes, marked with the current format first when it was
     * older: what this process writes, an older echotrace could not read, and it should say so plainly.
     * Call only while holding the store's write lock.
     */
    static StoreConfig upgradeForWriting(Path dir, StoreConfig config) throws IOException {
        if (config.format() >= FORMAT) {
            return config;
        }
        StoreConfig upgraded = new StoreConfig(FORMAT, config.reuse(), config.stories(), config.fingerprintWindow());
        write(dir, upgraded);
        return upgraded;
    }

    private static void write(Path dir, StoreConfig config) throws IOException {
        Path temporary = dir.resolve(FILE + ".tmp");
        ReportJson.mapper().writeValue(temporary.toFile(), config);
        Files.move(temporary, dir.resolve(FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
