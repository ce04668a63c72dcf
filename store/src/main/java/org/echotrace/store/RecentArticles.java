package org.echotrace.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.Document;
import org.echotrace.story.SubjectTerms;

/**
 * Articles the writer added since its searchers last refreshed. Lucene
 * sees them only after a refresh, and refreshing after every article would leave one tiny segment per
 * article (each lookup then visits them all); so the writer matches new articles against these from
 * memory and refreshes once per batch. Used by the writer thread only.
 */
final class RecentArticles {

    /** An article added since the last refresh, with what matching it needs (its vector as weighed when added). */
    record Recent(Document document, SubjectTerms.Counts words, long[] fingerprints, WordVector vector) {
    }

    private final List<Recent> articles = new ArrayList<>();
    private final Map<String, Recent> byId = new HashMap<>();
    private final FingerprintTable byFingerprint = new FingerprintTable();

    void add(Recent recent) {
        int index = articles.size();
        articles.add(recent);
        byId.put(recent.document().id(), recent);
        for (long hash : recent.fingerprints()) {
            byFingerprint.add(hash, index);
        }
    }

    /** Which recent articles hold a fingerprint, numbered from 0 in the order they were added. */
    FingerprintMatcher.Unindexed holders() {
        return byFingerprint::holders;
    }

    Document document(int number) {
        return articles.get(number).document();
    }

    Optional<Recent> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    int size() {
        return articles.size();
    }

    void clear() {
        articles.clear();
        byId.clear();
        byFingerprint.clear();
    }
}
