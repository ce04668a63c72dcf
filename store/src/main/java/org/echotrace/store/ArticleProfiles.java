package org.echotrace.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.echotrace.domain.Published;
import org.echotrace.story.EventProfile;

/**
 * What story assignment needs of a stored article - its subject-word vector, its date and its event
 * profile - remembered between matches: the members of an active story are compared with every new
 * article that might join it, and reading and weighing them again each time was most of the cost of storing an article. A vector
 * keeps the word frequencies of when it was made; the drift is small next to the store.
 *
 * <p>The memory is bounded by a share of the heap and kept in two generations: when the newer one is
 * full it becomes the older one and the oldest is dropped, and a profile found in the older generation
 * moves to the newer one. So the profiles in use stay however large the store grows (a single map
 * cleared when full made a store of 100,000 articles read and weigh most members again after every
 * clear, three quarters of the cost of storing an article).
 */
final class ArticleProfiles {

    /**
     * @param published null when the article has no date
     * @param event     the specifics of its event, as core's story clustering compares them
     */
    record Profile(WordVector vector, Published published, EventProfile event) {
    }

    /** At -Xmx4g about 512 MB: some 150,000 profiles of news articles (~300 weighed words each). */
    private static final double HEAP_SHARE = 1.0 / 8;
    /** A word of a vector: its 64-bit hash and its weight. */
    private static final int BYTES_PER_WORD = Long.BYTES + Float.BYTES;
    private static final long MIN_WORDS_PER_GENERATION = 100_000;

    private final long wordsPerGeneration;
    private final AtomicLong wordsInNewer = new AtomicLong();
    private volatile Map<String, Profile> newer = new ConcurrentHashMap<>();
    private volatile Map<String, Profile> older = new ConcurrentHashMap<>();

    ArticleProfiles() {
        this(Runtime.getRuntime().maxMemory());
    }

    ArticleProfiles(long heapBytes) {
        this.wordsPerGeneration = Math.max(MIN_WORDS_PER_GENERATION,
                (long) (heapBytes * HEAP_SHARE / BYTES_PER_WORD / 2));
    }

    Optional<Profile> get(String id, Function<String, Optional<Profile>> make) {
        Profile known = newer.get(id);
        if (known == null) {
            known = older.get(id);
            if (known != null) {
                put(id, known);
            }
        }
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Profile> made = make.apply(id);
        made.ifPresent(profile -> put(id, profile));
        return made;
    }

    void put(String id, Profile profile) {
        if (wordsInNewer.addAndGet(size(profile)) > wordsPerGeneration) {
            age();
        }
        newer.put(id, profile);
    }

    /** A profile's size in vector words: its event's words are ints, a third of a vector word each. */
    private static long size(Profile profile) {
        return profile.vector().words().length
                + (long) profile.event().words().length * Integer.BYTES / BYTES_PER_WORD;
    }

    void remove(String id) {
        newer.remove(id);
        older.remove(id);
    }

    /** Checking threads may race the writer here; at worst a profile is dropped and made again. */
    private synchronized void age() {
        if (wordsInNewer.get() <= wordsPerGeneration) {
            return;
        }
        older = newer;
        newer = new ConcurrentHashMap<>();
        wordsInNewer.set(0);
    }
}
