package org.echotrace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StorySettings;
import org.echotrace.story.SubjectTerms;

/**
 * Decides which stored story a new article joins, the incremental counterpart of the batch
 * {@link StoryClusterer}: the same subject-word vectors (weighed by the store's current word
 * frequencies), the same reuse links and date window, and the same average-linkage rule, applied to the
 * new article against a sample of each nearby story's members. Stories are never split or merged after
 * the fact; an article that resembles two stories joins the closer one.
 */
final class StoryAssigner {

    /** The decision: an existing story and the average similarity to it, or none (found a new story). */
    record Assignment(Optional<Story> story, double similarity) {
    }

    private static final int QUERY_WORDS = 25;
    private static final int SIMILAR_ARTICLES = 30;
    private static final int STORIES_COMPARED = 3;
    private static final int MEMBERS_COMPARED = 12;

    private final StorySettings settings;

    StoryAssigner(StorySettings settings) {
        this.settings = settings;
    }

    Assignment assign(Snapshot snapshot, Document article, SubjectTerms.Counts words, List<ReusePair> reuse) {
        Comparison comparison = new Comparison(snapshot, article, words, reuse);
        Map<String, Story> storyOf = new LinkedHashMap<>();
        Map<String, List<String>> candidatesByStory = new HashMap<>();
        for (String candidate : candidates(snapshot, article, comparison)) {
            snapshot.storyOf(candidate).ifPresent(story -> {
                storyOf.putIfAbsent(story.id(), story);
                candidatesByStory.computeIfAbsent(story.id(), k -> new ArrayList<>()).add(candidate);
            });
        }
        List<String> closest = candidatesByStory.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<String>> e) ->
                        -e.getValue().stream().mapToDouble(comparison::similarity).max().orElse(0)))
                .limit(STORIES_COMPARED)
                .map(Map.Entry::getKey)
                .toList();
        Assignment best = new Assignment(Optional.empty(), 0);
        for (String storyId : closest) {
            Story story = storyOf.get(storyId);
            double average = averageSimilarity(comparison, story, candidatesByStory.get(storyId));
            if (average >= settings.minSimilarity() && average > best.similarity()) {
                best = new Assignment(Optional.of(story), average);
            }
        }
        return best;
    }

    /** Articles sharing text with the new one, then those whose subject words are closest. */
    private Set<String> candidates(Snapshot snapshot, Document article, Comparison comparison) {
        Set<String> ids = new LinkedHashSet<>(comparison.reuseLinks.keySet());
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String word : SubjectTerms.heaviestWords(comparison.vector, QUERY_WORDS)) {
            float weight = comparison.vector.get(word).floatValue();
            words.add(new BoostQuery(new TermQuery(new Term(Fields.WORDS, word)), weight), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery query = new BooleanQuery.Builder()
                .add(words.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        try {
            for (ScoreDoc hit : snapshot.searcher().search(query, SIMILAR_ARTICLES).scoreDocs) {
                ids.add(snapshot.entry(hit.doc).get(Fields.ID));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ids.remove(article.id());
        return ids;
    }

    /** Average similarity to the story's members: the nearby ones first, then others up to a sample. */
    private double averageSimilarity(Comparison comparison, Story story, List<String> nearby) {
        Set<String> sample = new LinkedHashSet<>(nearby);
        for (String member : story.documents()) {
            if (sample.size() >= MEMBERS_COMPARED) {
                break;
            }
            sample.add(member);
        }
        sample.remove(comparison.article.id());
        return sample.stream().mapToDouble(comparison::similarity).average().orElse(0);
    }

    /** Similarities of the new article to stored ones, each computed once. */
    private final class Comparison {
        final Snapshot snapshot;
        final Document article;
        final SubjectTerms.Counts words;
        final Map<String, Double> vector;
        final Map<String, Double> reuseLinks = new HashMap<>();
        final int collectionSize;
        final Map<String, Double> known = new HashMap<>();

        Comparison(Snapshot snapshot, Document article, SubjectTerms.Counts words, List<ReusePair> reuse) {
            this.snapshot = snapshot;
            this.article = article;
            this.words = words;
            this.collectionSize = snapshot.articleCount() + 1;
            this.vector = vectorOf(words);
            for (ReusePair pair : reuse) {
                double copied = Math.max(pair.coverageA(), pair.coverageB());
                if (copied >= settings.reuseCoverage()) {
                    reuseLinks.merge(pair.a().equals(article.id()) ? pair.b() : pair.a(), copied, Math::max);
                }
            }
        }

        /** Word frequencies count the new article as if it were stored already. */
        Map<String, Double> vectorOf(SubjectTerms.Counts counts) {
            return SubjectTerms.vector(counts,
                    w -> snapshot.wordFrequency(w) + (words.counts().containsKey(w) ? 1 : 0), collectionSize);
        }

        double similarity(String storedId) {
            return known.computeIfAbsent(storedId, this::compute);
        }

        private double compute(String storedId) {
            Optional<StoredArticle> stored = snapshot.article(storedId);
            if (stored.isEmpty()) {
                return 0;
            }
            if (StoryClusterer.tooFarApart(article, stored.get().document(), settings)) {
                return -1;
            }
            double content = snapshot.wordCounts(storedId)
                    .map(counts -> SubjectTerms.cosine(vector, vectorOf(counts)))
                    .orElse(0.0);
            return Math.max(content, reuseLinks.getOrDefault(storedId, 0.0));
        }
    }
}
