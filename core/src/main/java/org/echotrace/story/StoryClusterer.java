package org.echotrace.story;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;

/**
 * Groups documents into stories: by what they say (shared names and rare words, {@link TermVectors}),
 * by the text they copy from each other, and kept apart by publication dates too far apart.
 * The same actors in a different event are a different story: the actors every document names weigh
 * little, the words of the event weigh much.
 */
public final class StoryClusterer {

    /** Words shared by more documents than this are left out of the candidate search (they weigh ~0). */
    public static final int MAX_POSTINGS = 2_000;

    /**
     * Two documents, by index into the list clustered, and how alike they are: the cosine of their subject
     * vectors ({@link SubjectTerms#vector}) or, when larger, the share of either copied from the other.
     */
    public record Link(int i, int j, double similarity) {
    }

    private final StorySettings settings;

    public StoryClusterer(StorySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public List<Story> cluster(List<Document> documents, List<ReusePair> reuse) {
        List<TermVectors.SparseVector> vectors = TermVectors.build(documents.stream().map(Document::text).toList());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            index.put(documents.get(i).id(), i);
        }
        Map<Long, Double> similarity = contentSimilarity(vectors);
        for (ReusePair pair : reuse) {
            reuseSimilarity(pair).ifPresent(copied ->
                    similarity.merge(PairKey.of(index.get(pair.a()), index.get(pair.b())), copied, Math::max));
        }
        return group(documents, similarity);
    }

    /**
     * Stories from similarities computed elsewhere (e.g. by a distributed job over a connected group of
     * documents): the same date rule, average linkage and naming as {@link #cluster(List, List)}.
     */
    public List<Story> clusterLinked(List<Document> documents, Collection<Link> links) {
        Map<Long, Double> similarity = new HashMap<>();
        for (Link link : links) {
            similarity.merge(PairKey.of(link.i(), link.j()), link.similarity(), Math::max);
        }
        return group(documents, similarity);
    }

    /** How much a reuse pair counts towards one story: the share copied, when it is large enough. */
    public Optional<Double> reuseSimilarity(ReusePair pair) {
        double copied = Math.max(pair.coverageA(), pair.coverageB());
        return copied >= settings.reuseCoverage() ? Optional.of(copied) : Optional.empty();
    }

    private List<Story> group(List<Document> documents, Map<Long, Double> similarity) {
        AverageLinkage linkage = new AverageLinkage(documents.size());
        similarity.forEach((k, s) -> {
            int i = PairKey.first(k);
            int j = PairKey.second(k);
            linkage.addSimilarity(i, j, tooFarApart(documents.get(i), documents.get(j)) ? -1 : s);
        });
        List<List<Integer>> groups = linkage.cluster(settings.minSimilarity());
        return StoryNaming.name(groups, documents, similarity);
    }

    /** The title a story made of this one document gets; a store founding a story names it so. */
    public static String titleOf(Document document) {
        return StoryNaming.titleOf(document);
    }

    /** Whether two documents' dates are too far apart for them to report one event. */
    public static boolean tooFarApart(Document a, Document b, StorySettings settings) {
        return tooFarApart(a.published(), b.published(), settings);
    }

    /** Whether two publication dates (null when unknown) are too far apart for one event. */
    public static boolean tooFarApart(Published pa, Published pb, StorySettings settings) {
        return pa != null && pb != null
                && Math.abs(ChronoUnit.DAYS.between(pa.date(), pb.date())) > settings.maxDaysApart();
    }

    /** Cosine of every pair that shares a weighted word, as a sparse matrix product over an inverted index. */
    private static Map<Long, Double> contentSimilarity(List<TermVectors.SparseVector> vectors) {
        Map<Integer, List<int[]>> postings = new HashMap<>();
        for (int d = 0; d < vectors.size(); d++) {
            int[] terms = vectors.get(d).terms();
            for (int k = 0; k < terms.length; k++) {
                postings.computeIfAbsent(terms[k], t -> new ArrayList<>()).add(new int[] {d, k});
            }
        }
        Map<Long, Double> dot = new HashMap<>();
        for (List<int[]> docs : postings.values()) {
            if (docs.size() < 2 || docs.size() > MAX_POSTINGS) {
                continue;
            }
            for (int x = 0; x < docs.size(); x++) {
                double wx = weight(vectors, docs.get(x));
                for (int y = x + 1; y < docs.size(); y++) {
                    double product = wx * weight(vectors, docs.get(y));
                    dot.merge(PairKey.of(docs.get(x)[0], docs.get(y)[0]), product, Double::sum);
                }
            }
        }
        return dot;
    }

    private static double weight(List<TermVectors.SparseVector> vectors, int[] posting) {
        return vectors.get(posting[0]).weights()[posting[1]];
    }

    private boolean tooFarApart(Document a, Document b) {
        return tooFarApart(a, b, settings);
    }

    static Comparator<Published> earliestFirst() {
        return Comparator.nullsLast(Comparator.naturalOrder());
    }
}
