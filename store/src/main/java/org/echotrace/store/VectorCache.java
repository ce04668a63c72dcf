package org.echotrace.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Subject-word vectors of stored articles, remembered between matches: the members of an active story
 * are compared with every new article that might join it, and weighing their words again each time was
 * most of the cost of storing an article. A vector keeps the word frequencies of when it was made; the
 * drift is small next to the store, and the whole cache is dropped when it grows past its bound.
 */
final class VectorCache {

    private static final int MAX_VECTORS = 50_000;

    private final Map<String, Map<String, Double>> vectors = new ConcurrentHashMap<>();

    Optional<Map<String, Double>> get(String id, Function<String, Optional<Map<String, Double>>> make) {
        Map<String, Double> known = vectors.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Map<String, Double>> made = make.apply(id);
        made.ifPresent(vector -> put(id, vector));
        return made;
    }

    void put(String id, Map<String, Double> vector) {
        if (vectors.size() >= MAX_VECTORS) {
            vectors.clear();
        }
        vectors.put(id, vector);
    }

    void remove(String id) {
        vectors.remove(id);
    }
}
