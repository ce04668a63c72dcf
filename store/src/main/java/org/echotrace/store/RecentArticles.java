package org.echotrace.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.Document;
import org.echotrace.domain.Story;
import org.echotrace.story.SubjectTerms;

/**
 * Articles the writer added since its searchers last refreshed, and the stories they changed. Lucene
 * sees them only after a refresh, and refreshing after every article would leave one tiny segment per
 * article (each lookup then visits them all); so the writer matches new articles against these from
 * memory and refreshes once per batch. Used by the writer thread only.
 */
final class RecentArticles {

    /**
     * An article added since the last refresh, with what matching it needs.
     *
     * @param vector its subject-word vector as weighed when it was added
     */
    record Recent(Document document, SubjectTerms.Counts words, Map<String, Double> vector, long[] fingerprints) {
    }

    private final List<Recent> articles = new ArrayList<>();
    private final Map<String, Recent> byId = new HashMap<>();
    private final Map<Long, List<Integer>> byFingerprint = new HashMap<>();
    private final Map<String, Story> stories = new HashMap<>();
    private final Map<String, String> storyOfArticle = new HashMap<>();

    void add(Recent recent, Story story) {
        int index = articles.size();
        articles.add(recent);
        byId.put(recent.document().id(), recent);
        for (long hash : recent.fingerprints()) {
            byFingerprint.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(index);
        }
        changed(story);
    }

    /** Records the latest version of a story this batch changed. */
    void changed(Story story) {
        stories.put(story.id(), story);
        story.documents().forEach(id -> storyOfArticle.put(id, story.id()));
    }

    /** Recent articles sharing at least {@code minHits} of the fingerprints, most first. */
    List<Document> sharing(long[] fingerprints, int minHits) {
        Map<Integer, Integer> hits = new HashMap<>();
        for (long hash : fingerprints) {
            for (int index : byFingerprint.getOrDefault(hash, List.of())) {
                hits.merge(index, 1, Integer::sum);
            }
        }
        return hits.entrySet().stream()
                .filter(e -> e.getValue() >= minHits)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(e -> articles.get(e.getKey()).document())
                .toList();
    }

    List<Recent> all() {
        return articles;
    }

    Optional<Recent> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The story's latest version when this batch changed it; empty means "ask the index". */
    Optional<Story> story(String id) {
        return Optional.ofNullable(stories.get(id));
    }

    Optional<Story> storyOf(String articleId) {
        String id = storyOfArticle.get(articleId);
        return id == null ? Optional.empty() : Optional.ofNullable(stories.get(id));
    }

    int size() {
        return articles.size();
    }

    void clear() {
        articles.clear();
        byId.clear();
        byFingerprint.clear();
        stories.clear();
        storyOfArticle.clear();
    }
}
