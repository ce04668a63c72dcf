package org.echotrace.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.echotrace.domain.Document;
import org.echotrace.domain.Story;
import org.echotrace.story.ContentLinks;
import org.echotrace.story.LinkComponents;
import org.echotrace.story.PairKey;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StorySettings;
import org.echotrace.story.StoryTime;
import org.echotrace.story.SubjectTerms;
import org.echotrace.story.SubjectVector;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Stories at scale, with the batch rule. Subject vectors are weighed with corpus-wide document frequencies;
 * the words of every vector are grouped, and each word links its holders as core's {@link ContentLinks}
 * says (pairs with a seed holder, words held by at most {@link ContentLinks#MAX_HOLDERS} documents), so
 * the link search costs seeds x holders per document and gives the batch path's similarities; reuse pairs
 * give their copied share. Only links at or above the story threshold and within the date window can
 * start a merge, so the connected components of those links never split a batch story; each component is
 * then clustered with core's {@link StoryClusterer#clusterLinked} (average linkage, date rule, naming) over
 * all its links, and the stories are numbered in the batch order.
 */
final class StoryBuilder {

    /** A story with what orders it among all stories: earliest date (undated last), size, first document. */
    record Ranked(String earliest, int size, String firstId, String json) implements Serializable, Comparable<Ranked> {
        private static final Comparator<Ranked> ORDER = Comparator
                .comparing(Ranked::earliest, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> -r.size())
                .thenComparing(Ranked::firstId);

        @Override
        public int compareTo(Ranked o) {
            return ORDER.compare(this, o);
        }
    }

    private StoryBuilder() {
    }

    /** Stories as report JSON, numbered s1, s2, ... in the batch path's order. */
    static JavaRDD<String> build(JavaSparkContext sc, JavaRDD<EncodedDocument> documents,
                                 JavaRDD<AlignedPair> pairs, JobSettings settings) {
        long n = documents.count();
        // encoded: core's Counts is not serializable
        JavaPairRDD<Integer, String> counts = documents
                .mapToPair(d -> new Tuple2<>(d.ordinal(), SubjectTerms.count(d.document().text()).encode()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // words in one document only cannot link two documents: they weigh as df = 1
        Map<String, Integer> df = counts.flatMap(c -> SubjectTerms.Counts.words(c._2()).iterator())
                .mapToPair(t -> new Tuple2<>(t, 1)).reduceByKey(Integer::sum)
                .filter(t -> t._2() >= 2).collectAsMap();
        Broadcast<Map<String, Integer>> shared = sc.broadcast(new java.util.HashMap<>(df));
        int seedCount = settings.storyTerms();
        int maxHolders = settings.storyPostings();
        // only the words that are some document's seed can link documents: the others are not shuffled
        List<String> seedWords = counts.flatMap(c -> vector(c._2(), shared.value(), n).heaviestWords(seedCount).iterator())
                .distinct(settings.partitions()).collect();
        Broadcast<java.util.Set<String>> linking = sc.broadcast(new java.util.HashSet<>(seedWords));
        // a link is the larger of its content similarity (a sum of word products, ContentLinks) and its
        // copied share: both kinds travel as {product, share} and meet in one shuffle
        JavaPairRDD<Long, double[]> content = counts
                .flatMapToPair(c -> {
                    SubjectVector vector = vector(c._2(), shared.value(), n);
                    java.util.Set<String> seeds = new java.util.HashSet<>(vector.heaviestWords(seedCount));
                    List<Tuple2<String, ContentLinks.Holder>> out = new ArrayList<>();
                    // weights as the batch path keeps them (floats), so that both sum the same products
                    vector.forEach((t, w) -> {
                        if (linking.value().contains(t)) {
                            out.add(new Tuple2<>(t, new ContentLinks.Holder(c._1(), (float) w, seeds.contains(t))));
                        }
                    });
                    return out.iterator();
                })
                .groupByKey(settings.partitions())
                .flatMapToPair(term -> products(term._2(), maxHolders));
        JavaPairRDD<Long, double[]> copied = pairs.flatMapToPair(p -> new StoryClusterer(settings.stories())
                .reuseSimilarity(p.pair()).stream()
                .map(s -> new Tuple2<>(PairKey.of(p.ordinalA(), p.ordinalB()), new double[] {0, s})).iterator());
        // {the larger of content and copied, copied}: the copied share is not weighed by the event profiles
        JavaPairRDD<Long, double[]> links = content.union(copied)
                .reduceByKey((x, y) -> new double[] {x[0] + y[0], Math.max(x[1], y[1])}, settings.partitions())
                .mapValues(v -> new double[] {Math.max(ContentLinks.kept(v[0]), v[1]), v[1]})
                .filter(l -> l._2()[0] > 0)
                .persist(StorageLevel.MEMORY_AND_DISK());

        long[] days = new long[(int) n];
        documents.map(d -> new long[] {d.ordinal(), d.epochDay()}).collect().forEach(d -> days[(int) d[0]] = d[1]);
        Broadcast<long[]> dayOf = sc.broadcast(days);
        StorySettings stories = settings.stories();
        List<long[]> edges = links.filter(l -> StoryTime.weigh(l._2()[0],
                        daysApart(dayOf.value(), PairKey.first(l._1()), PairKey.second(l._1())), stories)
                        >= stories.minSimilarity())
                .map(l -> new long[] {PairKey.first(l._1()), PairKey.second(l._1())}).collect();
        counts.unpersist(false); // the links hold all the stories still need of the words
        int[] component = LinkComponents.of((int) n, edges);
        Broadcast<int[]> componentOf = sc.broadcast(component);

        JavaPairRDD<Integer, EncodedDocument> docsByComponent = documents
                .mapToPair(d -> new Tuple2<>(componentOf.value()[d.ordinal()], d));
        JavaPairRDD<Integer, Tuple2<Long, double[]>> linksByComponent = links
                .filter(l -> componentOf.value()[PairKey.first(l._1())] == componentOf.value()[PairKey.second(l._1())])
                .mapToPair(l -> new Tuple2<>(componentOf.value()[PairKey.first(l._1())], l));
        JavaRDD<Ranked> ranked = docsByComponent.cogroup(linksByComponent, settings.partitions())
                .flatMap(group -> cluster(new StoryClusterer(settings.stories()), group._2()._1(), group._2()._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK()); // sortBy samples its input first: without the cache the clustering would run twice
        return ranked.sortBy(r -> r, true, settings.partitions())
                .zipWithIndex()
                .map(t -> numbered(t._1(), t._2()));
    }

    /** A document's subject vector, its words weighed by the corpus-wide document frequencies. */
    private static SubjectVector vector(String counts, Map<String, Integer> df, long documents) {
        return SubjectVector.weigh(SubjectTerms.Counts.decode(counts), t -> df.getOrDefault(t, 1), (int) documents);
    }

    /** The products of one word's holders ({@link ContentLinks#link}), as content parts of links. */
    private static java.util.Iterator<Tuple2<Long, double[]>> products(Iterable<ContentLinks.Holder> postings,
                                                                       int maxHolders) {
        List<ContentLinks.Holder> holders = new ArrayList<>();
        postings.forEach(holders::add);
        if (holders.size() > maxHolders || holders.stream().noneMatch(ContentLinks.Holder::seed)) {
            return java.util.Collections.emptyIterator();
        }
        holders.sort(Comparator.comparingInt(ContentLinks.Holder::document));
        List<Tuple2<Long, double[]>> out = new ArrayList<>();
        ContentLinks.link(holders, maxHolders,
                (a, b, product) -> out.add(new Tuple2<>(PairKey.of(a, b), new double[] {product, 0})));
        return out.iterator();
    }

    /** Core's clustering over one connected group, its documents in corpus order. */
    private static List<Ranked> cluster(StoryClusterer clusterer, Iterable<EncodedDocument> members,
                                        Iterable<Tuple2<Long, double[]>> links) {
        List<EncodedDocument> encoded = new ArrayList<>();
        members.forEach(encoded::add);
        encoded.sort(Comparator.comparingInt(EncodedDocument::ordinal));
        Map<Integer, Integer> local = new java.util.HashMap<>();
        List<Document> documents = new ArrayList<>(encoded.size());
        for (EncodedDocument d : encoded) {
            local.put(d.ordinal(), documents.size());
            documents.add(d.document());
        }
        List<StoryClusterer.Link> localLinks = new ArrayList<>();
        links.forEach(l -> localLinks.add(new StoryClusterer.Link(local.get(PairKey.first(l._1())),
                local.get(PairKey.second(l._1())), l._2()[0], l._2()[1])));
        List<Ranked> out = new ArrayList<>();
        for (Story story : clusterer.clusterLinked(documents, localLinks)) {
            String first = encoded.stream().map(EncodedDocument::id).filter(story.documents()::contains)
                    .findFirst().orElseThrow();
            out.add(new Ranked(story.from() == null ? null : story.from().toString(), story.documents().size(),
                    first, EncodedDocument.toJson(story)));
        }
        return out;
    }

    private static String numbered(Ranked ranked, long index) {
        Story story = EncodedDocument.fromJson(ranked.json(), Story.class);
        return EncodedDocument.toJson(story.withId("s" + (index + 1)));
    }

    /** Days between two documents' publication, or null when either is undated. */
    private static Long daysApart(long[] days, int i, int j) {
        return days[i] == EncodedDocument.UNDATED || days[j] == EncodedDocument.UNDATED ? null : days[i] - days[j];
    }
}
