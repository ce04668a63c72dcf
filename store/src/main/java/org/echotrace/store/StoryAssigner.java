package org.echotrace.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.story.EventProfile;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StoryTime;
import org.echotrace.story.StorySettings;
import org.echotrace.story.SubjectTerms;
import org.echotrace.story.SubjectVector;

/**
 * Decides which stored story a new article joins, the incremental counterpart of the batch
 * {@link StoryClusterer}: the same subject-word vectors (weighed by the store's current word
 * frequencies), the same reuse links and date window, and the same average-linkage rule, applied to the
 * new article against a sample of each nearby story's members. Stories are never split or merged after
 * the fact; an article that resembles two stories joins the closer one.
 */
final class StoryAssigner {

    /**
     * The decision: an existing story and the average similarity to it, or none (found a new story).
     *
     * @param vector the new article's subject-word vector, as weighed for this decision
     */
    record Assignment(Optional<Story> story, double similarity, WordVector vector) {
    }

    private static final int QUERY_WORDS = 15;
    private static final int SIMILAR_ARTICLES = 20;
    private static final int STORIES_COMPARED = 3;
    private static final int MEMBERS_COMPARED = 10;

    private final StorySettings settings;
    /** How much a reuse pair counts towards one story, as in the batch clustering. */
    private final StoryClusterer batch;

    StoryAssigner(StorySettings settings) {
        this.settings = settings;
        this.batch = new StoryClusterer(settings);
    }

    Assignment assign(StoreView view, Document article, SubjectTerms.Counts words, List<ReusePair> reuse) {
        Comparison comparison = new Comparison(view, article, words, reuse);
        Map<String, Story> storyOf = new LinkedHashMap<>();
        Map<String, List<String>> candidatesByStory = new HashMap<>();
        Set<String> candidates = new LinkedHashSet<>(comparison.reuseLinks.keySet());
        candidates.addAll(view.similar(comparison.vector, QUERY_WORDS, SIMILAR_ARTICLES));
        candidates.remove(article.id());
        for (String candidate : candidates) {
            view.storyOf(candidate).ifPresent(story -> {
                storyOf.putIfAbsent(story.id(), story);
                candidatesByStory.computeIfAbsent(story.id(), k -> new ArrayList<>()).add(candidate);
            });
        }
        // each story's closest candidate, computed once rather than inside the sort's comparisons
        Map<String, Double> closestCandidate = new HashMap<>();
        candidatesByStory.forEach((storyId, members) -> closestCandidate.put(storyId,
                members.stream().mapToDouble(comparison::similarity).max().orElse(0)));
        List<String> closest = candidatesByStory.keySet().stream()
                .sorted(Comparator.comparingDouble((String storyId) -> -closestCandidate.get(storyId)))
                .limit(STORIES_COMPARED)
                .toList();
        Assignment best = new Assignment(Optional.empty(), 0, comparison.packed);
        for (String storyId : closest) {
            Story story = storyOf.get(storyId);
            int together = story.documents().size() + 1;
            double average = averageSimilarity(comparison, story, candidatesByStory.get(storyId),
                    together <= StorySettings.FEW_DOCUMENTS);
            // the same bar and pair weights as analyze's average linkage for the story the article would make
            if (average >= settings.minSimilarityFor(together) && average > best.similarity()) {
                best = new Assignment(Optional.of(story), average, comparison.packed);
            }
        }
        return best;
    }

    /**
     * Average similarity to the story's members: the nearby ones first, then others up to a sample; as the
     * pairs count for a story of few documents when {@code few}.
     */
    private double averageSimilarity(Comparison comparison, Story story, List<String> nearby, boolean few) {
        Set<String> sample = new LinkedHashSet<>(nearby);
        for (String member : story.documents()) {
            if (sample.size() >= MEMBERS_COMPARED) {
                break;
            }
            sample.add(member);
        }
        sample.remove(comparison.article.id());
        return sample.stream().mapToDouble(id -> few ? comparison.similarityForFew(id) : comparison.similarity(id))
                .average().orElse(0);
    }

    /** Similarities of the new article to stored ones, each computed once. */
    private final class Comparison {
        final StoreView view;
        final Document article;
        final SubjectVector vector;
        final WordVector packed;
        final EventProfile event;
        final Map<String, Double> reuseLinks = new HashMap<>();
        final int collectionSize;
        /** By stored article: its similarity in a story of many documents, and of few. */
        final Map<String, double[]> known = new HashMap<>();

        Comparison(StoreView view, Document article, SubjectTerms.Counts words, List<ReusePair> reuse) {
            this.view = view;
            this.article = article;
            this.collectionSize = view.articleCount() + 1;
            // the new article counts in the frequencies as if it were stored already
            this.vector = SubjectVector.weigh(words, w -> view.wordFrequency(w) + 1, collectionSize);
            this.packed = WordVector.of(vector);
            this.event = EventProfile.of(article);
            for (ReusePair pair : reuse) {
                batch.reuseSimilarity(pair).ifPresent(copied ->
                        reuseLinks.merge(pair.a().equals(article.id()) ? pair.b() : pair.a(), copied, Math::max));
            }
        }

        double similarity(String storedId) {
            return known.computeIfAbsent(storedId, this::compute)[0];
        }

        double similarityForFew(String storedId) {
            return known.computeIfAbsent(storedId, this::compute)[1];
        }

        private double[] compute(String storedId) {
            Optional<ArticleProfiles.Profile> stored = view.profile(storedId);
            if (stored.isEmpty()) {
                return new double[2];
            }
            double content = packed.dot(stored.get().vector());
            double copied = reuseLinks.getOrDefault(storedId, 0.0);
            EventProfile other = stored.get().event();
            return new double[] {
                StoryTime.weigh(EventProfile.weigh(content, copied, event, other), article.published(),
                        stored.get().published(), settings),
                StoryTime.weigh(EventProfile.weighForFew(content, copied, event, other), article.published(),
                        stored.get().published(), settings)};
        }
    }
}
