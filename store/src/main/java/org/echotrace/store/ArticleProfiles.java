package org.echotrace.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.echotrace.domain.Published;

/**
 * What story assignment needs of a stored article - its subject-word vector and its date - remembered
 * between matches: the members of an active story are compared with every new article that might join
 * it, and reading and weighing them again each time was most of the cost of storing an article. A vector
 * keeps the word frequencies of when it was made; the drift is small next to the store, and the whole
 * cache is dropped when it grows past its bound.
 */
final class ArticleProfiles {

    /** @param published null when the article has no date */
    record Profile(WordVector vector, Published published) {
    }

    private static final int MAX_PROFILES = 50_000;

    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

    Optional<Profile> get(String id, Function<String, Optional<Profile>> make) {
        Profile known = profiles.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Profile> made = make.apply(id);
        made.ifPresent(profile -> put(id, profile));
        return made;
    }

    void put(String id, Profile profile) {
        if (profiles.size() >= MAX_PROFILES) {
            profiles.clear();
        }
        profiles.put(id, profile);
    }

    void remove(String id) {
        profiles.remove(id);
    }
}
