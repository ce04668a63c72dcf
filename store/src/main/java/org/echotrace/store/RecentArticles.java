package org.echotrace.store;

import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * An article added since the last refresh, with what matching it needs.
     *
     * @param vector its subject-word vector as weighed when it was added
     */
    record Recent(Document document, SubjectTerms.Counts words, WordVector vector, long[] fingerprints) {
    }

    private record Posting(int article, double weight) {
    }

    private final List<Recent> articles = new ArrayList<>();
    private final Map<String, Recent> byId = new HashMap<>();
    private final Map<Long, List<Integer>> byFingerprint = new HashMap<>();
    /** Which recent article holds a word, and how much it weighs there: cosines without a scan. */
    private final Map<Long, List<Posting>> byWord = new HashMap<>();

    void add(Recent recent) {
        int index = articles.size();
        articles.add(recent);
        byId.put(recent.document().id(), recent);
        for (long hash : recent.fingerprints()) {
            byFingerprint.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(index);
        }
        long[] words = recent.vector().words();
        for (int k = 0; k < words.length; k++) {
            byWord.computeIfAbsent(words[k], w -> new ArrayList<>(2)).add(new Posting(index, recent.vector().weights()[k]));
        }
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

    /** Ids of the recent articles whose vectors are closest to {@code vector} (cosine above 0), closest first. */
    List<String> closest(WordVector vector, int limit) {
        // dot products in an array by article: this runs for every new article, over every recent one sharing a word
        double[] dot = new double[articles.size()];
        for (int k = 0; k < vector.words().length; k++) {
            List<Posting> postings = byWord.get(vector.words()[k]);
            if (postings == null) {
                continue;
            }
            double weight = vector.weights()[k];
            for (Posting posting : postings) {
                dot[posting.article()] += weight * posting.weight();
            }
        }
        List<Integer> touched = new ArrayList<>();
        for (int index = 0; index < dot.length; index++) {
            if (dot[index] != 0) {
                touched.add(index);
            }
        }
        return touched.stream()
                .sorted(Comparator.comparingDouble((Integer index) -> dot[index]).reversed())
                .limit(limit)
                .map(index -> articles.get(index).document().id())
                .toList();
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
        byWord.clear();
    }
}
