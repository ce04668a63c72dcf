package org.echotrace.story;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;

/**
 * Groups documents into stories: by what they say (shared names and rare words, {@link TermVectors}),
 * by the text they copy from each other, and kept apart by publication dates ({@link StoryTime}) and by
 * the specifics of their events ({@link EventProfile}: another year, other names in the lead).
 * The same actors in a different event are a different story: the actors every document names weigh
 * little, the words of the event weigh much.
 *
 * <p>Only the links {@link ContentLinks} finds and the reuse pairs are compared, and average linkage runs
 * within each connected group of the links that could start a merge (at or above the threshold, within
 * the date window): a merge needs one such link between the groups it joins, so no story crosses two
 * such groups, and the memory is that of the links, not of the documents squared.
 */
public final class StoryClusterer {

    /**
     * Two documents, by index into the list clustered, and how alike they are: their content similarity
     * ({@link ContentLinks}) or, when larger, the share of either copied from the other.
     */
    public record Link(int i, int j, double similarity, double copied) {
        /** A content link: nothing copied. */
        public Link(int i, int j, double similarity) {
            this(i, j, similarity, 0);
        }
    }

    private final StorySettings settings;

    public StoryClusterer(StorySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public List<Story> cluster(List<Document> documents, List<ReusePair> reuse) {
        Linked linked = linked(documents, reuse);
        return group(documents, linked.similarity(), linked.copied(), linked.events());
    }

    /**
     * The title {@link #cluster} gives a story of exactly these documents (the most central headline), for
     * a story grown elsewhere one article at a time, such as a store's.
     */
    public String title(List<Document> members, List<ReusePair> reuse) {
        PairSums similarity = linked(members, reuse).similarity();
        return StoryNaming.title(IntStream.range(0, members.size()).boxed().toList(), members,
                (i, j) -> similarity.get(PairKey.of(i, j), 0));
    }

    /**
     * Each linked pair's content similarity or, when larger, the share of either copied from the other; the
     * copied shares alone; and the event profiles of the documents, made from the words the vectors cut.
     */
    private record Linked(PairSums similarity, PairSums copied, EventProfile[] events) {
    }

    private Linked linked(List<Document> documents, List<ReusePair> reuse) {
        EventProfile[] events = new EventProfile[documents.size()];
        List<TermVectors.SparseVector> vectors = TermVectors.build(documents.stream().map(Document::text).toList(),
                (i, words) -> events[i] = EventProfile.of(documents.get(i), words));
        PairSums similarity = ContentIndex.links(vectors);
        vectors = null; // the links hold all the stories still need of the words
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            index.put(documents.get(i).id(), i);
        }
        PairSums copiedShares = new PairSums(reuse.size());
        for (ReusePair pair : reuse) {
            long key = PairKey.of(index.get(pair.a()), index.get(pair.b()));
            reuseSimilarity(pair).ifPresent(copied -> {
                similarity.max(key, copied);
                copiedShares.max(key, copied);
            });
        }
        return new Linked(similarity, copiedShares, events);
    }

    /**
     * Stories from similarities computed elsewhere (e.g. by a distributed job over a connected group of
     * documents): the same date rule, average linkage and naming as {@link #cluster(List, List)}.
     */
    public List<Story> clusterLinked(List<Document> documents, Collection<Link> links) {
        PairSums similarity = new PairSums(links.size());
        PairSums copiedShares = new PairSums(links.size());
        for (Link link : links) {
            similarity.max(PairKey.of(link.i(), link.j()), link.similarity());
            if (link.copied() > 0) {
                copiedShares.max(PairKey.of(link.i(), link.j()), link.copied());
            }
        }
        return group(documents, similarity, copiedShares, new EventProfile[documents.size()]);
    }

    /**
     * How much a reuse pair counts towards one story: the share copied when it is large enough to join the
     * two alone; a smaller shared passage, as much as a story of few documents needs
     * ({@link StorySettings#minSimilarityFor}): reports that share a passage tell one event far more often than
     * reports that only share their words, yet one shared paragraph alone does not make two reports one story.
     */
    public Optional<Double> reuseSimilarity(ReusePair pair) {
        double copied = Math.max(pair.coverageA(), pair.coverageB());
        return Optional.of(copied >= settings.reuseCoverage() ? copied
                : Math.max(copied, settings.minSimilarityFor(2)));
    }

    /**
     * A pair's similarity as it counts for one event ({@link EventProfile#weigh}, or for a story of few
     * documents {@link EventProfile#weighForFew}), then weighed by time apart. {@code similarity} is the larger of
     * their content similarity and copied share, {@code copied} 0 when none.
     */
    private double weighed(Document a, Document b, EventProfile ea, EventProfile eb, double similarity,
                           double copied, boolean forFew) {
        // when the copied share is the larger, the content similarity (not kept) is at most as large
        double content = copied >= similarity ? 0 : similarity;
        double event = forFew ? EventProfile.weighForFew(content, copied, ea, eb)
                : EventProfile.weigh(content, copied, ea, eb);
        return StoryTime.weigh(event, a.published(), b.published(), settings);
    }

    /** @param events the documents' event profiles where made already, else null */
    private List<Story> group(List<Document> documents, PairSums similarity, PairSums copied, EventProfile[] events) {
        profiles(documents, similarity, events);
        // each link weighed once, on every core: both the components and the linkages read these weights
        PairSums.Entries links = similarity.entries();
        double[] weights = new double[links.size()];
        double[] forFew = new double[links.size()];
        IntStream.range(0, links.size()).parallel().forEach(n -> {
            long k = links.keys()[n];
            int i = PairKey.first(k);
            int j = PairKey.second(k);
            double shared = copied.get(k, 0);
            weights[n] = weighed(documents.get(i), documents.get(j), events[i], events[j], links.sums()[n], shared,
                    false);
            forFew[n] = weighed(documents.get(i), documents.get(j), events[i], events[j], links.sums()[n], shared,
                    true);
        });
        List<long[]> joining = new ArrayList<>();
        for (int n = 0; n < links.size(); n++) {
            if (weights[n] >= settings.minSimilarity()) {
                long k = links.keys()[n];
                joining.add(new long[] {PairKey.first(k), PairKey.second(k)});
            }
        }
        int[] component = LinkComponents.of(documents.size(), joining);
        List<List<Integer>> members = LinkComponents.members(component);
        int[][] linksOf = linksByGroup(links, component, members);
        // components never share a story: each one's linkage is built and clustered as a task of its own, on
        // every core, the stories kept in component order
        List<List<Integer>> groups = IntStream.range(0, members.size()).parallel()
                .mapToObj(g -> storiesOf(members.get(g), linkage(members.get(g), linksOf[g], links, weights, forFew)))
                .flatMap(List::stream)
                .toList();
        return StoryNaming.name(groups, documents, (i, j) -> similarity.get(PairKey.of(i, j), 0));
    }

    /**
     * The indexes of the links inside each component (both ends in it), by component, each in the order of
     * {@code links}: a linkage is fed its links in the same order whether built alone or with the others.
     */
    private static int[][] linksByGroup(PairSums.Entries links, int[] component, List<List<Integer>> members) {
        int[] groupOf = new int[component.length];
        for (int g = 0; g < members.size(); g++) {
            for (int i : members.get(g)) {
                groupOf[i] = g;
            }
        }
        int[] count = new int[members.size()];
        for (long k : links.keys()) {
            if (component[PairKey.first(k)] == component[PairKey.second(k)]) {
                count[groupOf[PairKey.first(k)]]++;
            }
        }
        int[][] byGroup = new int[members.size()][];
        for (int g = 0; g < byGroup.length; g++) {
            byGroup[g] = new int[count[g]];
        }
        int[] filled = new int[members.size()];
        for (int n = 0; n < links.size(); n++) {
            long k = links.keys()[n];
            if (component[PairKey.first(k)] == component[PairKey.second(k)]) {
                int g = groupOf[PairKey.first(k)];
                byGroup[g][filled[g]++] = n;
            }
        }
        return byGroup;
    }

    /**
     * A component's average linkage over its links and their weights (in a story of many documents, and of
     * few), its maps sized by how many links each member has; null for a lone document.
     */
    private static AverageLinkage linkage(List<Integer> members, int[] inside, PairSums.Entries links,
                                          double[] weights, double[] forFew) {
        if (members.size() < 2) {
            return null;
        }
        // members are ascending: a document's place in its component is found by binary search
        int[] sorted = members.stream().mapToInt(Integer::intValue).toArray();
        int[] neighbours = new int[sorted.length];
        for (int n : inside) {
            neighbours[Arrays.binarySearch(sorted, PairKey.first(links.keys()[n]))]++;
            neighbours[Arrays.binarySearch(sorted, PairKey.second(links.keys()[n]))]++;
        }
        AverageLinkage linkage = new AverageLinkage(neighbours);
        for (int n : inside) {
            linkage.addSimilarity(Arrays.binarySearch(sorted, PairKey.first(links.keys()[n])),
                    Arrays.binarySearch(sorted, PairKey.second(links.keys()[n])), weights[n], forFew[n]);
        }
        return linkage;
    }

    /**
     * Makes the missing event profiles of the documents that have a link (the others are never compared),
     * on every core, and drops those of the others.
     */
    private static void profiles(List<Document> documents, PairSums similarity, EventProfile[] events) {
        boolean[] linked = new boolean[documents.size()];
        similarity.forEach((k, s) -> {
            linked[PairKey.first(k)] = true;
            linked[PairKey.second(k)] = true;
        });
        IntStream.range(0, documents.size()).parallel().forEach(i -> {
            if (!linked[i]) {
                events[i] = null;
            } else if (events[i] == null) {
                events[i] = EventProfile.of(documents.get(i));
            }
        });
    }

    /** A component's stories, as document indexes; a lone document is its own story. */
    private List<List<Integer>> storiesOf(List<Integer> component, AverageLinkage linkage) {
        if (linkage == null) {
            return List.of(component);
        }
        return linkage.cluster(settings::minSimilarityFor).stream()
                .map(story -> story.stream().map(component::get).toList())
                .toList();
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

    static Comparator<Published> earliestFirst() {
        return Comparator.nullsLast(Comparator.naturalOrder());
    }
}
