package org.echotrace.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.echotrace.domain.Document;
import org.echotrace.domain.DocumentOutlet;
import org.echotrace.domain.Outlet;
import org.echotrace.domain.OutletChain;
import org.echotrace.domain.OutletEdge;
import org.echotrace.domain.OutletGraph;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.outlets.Copy;
import org.echotrace.outlets.DocumentFacts;
import org.echotrace.outlets.EdgeTally;
import org.echotrace.outlets.OutletSteps;
import org.echotrace.outlets.OutletTally;
import scala.Tuple2;

/**
 * The outlet graph at corpus scale, distributed: core's {@link OutletSteps}, each over what one key gathers.
 * Each document's outlet (spellings counted per outlet); each pair's copy, where both documents meet; per
 * target document the contest of its copies (twice: the copies won outright are summed over the corpus into
 * habits, broadcast, that decide the ties); per document its facts; per outlet and per edge a tally merged
 * across partitions; per last document its chains, with the copies into its sources brought to it. Nothing
 * is collected but the habits (one count per pair of outlets). Rows are report JSON (core's records are not
 * serializable), in the batch graph's order.
 */
public final class OutletTables {

    /** The graph as tables of report JSON: documents' outlets (corpus order), outlets, edges and chains (graph order). */
    public record Tables(JavaRDD<String> documents, JavaRDD<String> outlets, JavaRDD<String> edges, JavaRDD<String> chains) {

        /** The whole graph on the driver, for corpora that fit there. */
        public OutletGraph collect() {
            return new OutletGraph(decode(documents, DocumentOutlet.class), decode(outlets, Outlet.class),
                    decode(edges, OutletEdge.class), decode(chains, OutletChain.class));
        }

        private static <T> List<T> decode(JavaRDD<String> rows, Class<T> type) {
            return rows.collect().stream().map(json -> EncodedDocument.fromJson(json, type)).toList();
        }
    }

    /** A copy into a target with its source's text of each passage: what the target's contest reads. */
    record Incoming(String copy, List<String> sourcePassages) implements Serializable {
    }

    /** One target's directed copies and how close each rival comes (see {@link OutletSteps#closeness}). */
    record Contest(List<String> copies, int[][][] closeness) implements Serializable {
        List<Copy> decoded() {
            return copies.stream().map(OutletTables::copy).toList();
        }
    }

    private OutletTables() {
    }

    public static Tables build(JavaRDD<EncodedDocument> documents, JavaRDD<AlignedPair> pairs, JavaRDD<String> stories,
                        JobSettings settings) {
        int partitions = settings.partitions();
        OutletSteps steps = new OutletSteps(settings.reuse().minWords());
        JavaPairRDD<String, String> outletOf = outlets(documents, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        // partitioned once, so that the joins with it do not shuffle the texts again
        JavaPairRDD<String, EncodedDocument> byId = documents.keyBy(EncodedDocument::id)
                .partitionBy(new HashPartitioner(partitions)).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Incoming> copies = copies(pairs, byId.join(outletOf, partitions), steps, partitions);
        JavaRDD<String> marked = marked(copies, byId, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Iterable<String>> into = directed(marked).mapToPair(c -> new Tuple2<>(c.target(), toJson(c)))
                .groupByKey(partitions).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> outlets = sorted(profiles(byId, outletOf, marked, into, partitions), Table.OUTLETS, partitions);
        JavaRDD<String> edges = sorted(edges(marked, stories, partitions), Table.EDGES, partitions);
        JavaRDD<String> chains = sorted(chains(into, byId, steps, partitions), Table.CHAINS, partitions);
        JavaRDD<String> documentOutlets = documents.mapToPair(d -> new Tuple2<>(d.id(), d.ordinal())).join(outletOf, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).sortByKey(true, partitions).values();
        return new Tables(documentOutlets, outlets, edges, chains);
    }

    /** Each document's outlet, by document id: one spelling per outlet, the one most of its documents use. */
    private static JavaPairRDD<String, String> outlets(JavaRDD<EncodedDocument> documents, int partitions) {
        JavaPairRDD<String, DocumentOutletRow> named = documents.map(d -> DocumentOutletRow.of(OutletSteps.named(d.document())))
                .keyBy(DocumentOutletRow::spellingKey);
        JavaPairRDD<String, String> chosen = named
                .mapValues(row -> spelling(row.name()))
                .reduceByKey(OutletTables::mergeCounts, partitions)
                .mapValues(OutletSteps::preferredSpelling);
        return named.join(chosen, partitions).mapToPair(t -> {
            DocumentOutlet spelled = OutletSteps.spelled(t._2()._1().outlet(), t._2()._2());
            return new Tuple2<>(spelled.document(), toJson(spelled));
        });
    }

    /** A document's outlet before the spellings are made one, comparable so that spellings can be counted. */
    record DocumentOutletRow(String document, String name, boolean inferred) implements Serializable {
        static DocumentOutletRow of(DocumentOutlet outlet) {
            return new DocumentOutletRow(outlet.document(), outlet.outlet(), outlet.inferred());
        }

        DocumentOutlet outlet() {
            return new DocumentOutlet(document, name, inferred);
        }

        String spellingKey() {
            return OutletSteps.spellingKey(name);
        }
    }

    private static HashMap<String, Integer> spelling(String name) {
        HashMap<String, Integer> counts = new HashMap<>();
        counts.put(name, 1);
        return counts;
    }

    private static HashMap<String, Integer> mergeCounts(HashMap<String, Integer> x, HashMap<String, Integer> y) {
        y.forEach((k, n) -> x.merge(k, n, Integer::sum));
        return x;
    }

    /** The copy each pair makes, where the pair meets both its documents (only documents in pairs travel). */
    private static JavaRDD<Incoming> copies(JavaRDD<AlignedPair> pairs, JavaPairRDD<String, Tuple2<EncodedDocument, String>> placed,
                                            OutletSteps steps, int partitions) {
        return pairs.mapToPair(p -> new Tuple2<>(p.pair().a(), p.json()))
                .join(placed, partitions)
                .mapToPair(t -> new Tuple2<>(copyPair(t._2()._1()).b(), t._2()))
                .join(placed, partitions)
                .flatMap(t -> {
                    ReusePair pair = copyPair(t._2()._1()._1());
                    Document a = t._2()._1()._2()._1().document();
                    Document b = t._2()._2()._1().document();
                    String outletA = outlet(t._2()._1()._2()._2()).outlet();
                    String outletB = outlet(t._2()._2()._2()).outlet();
                    return steps.copy(pair, a, b, outletA, outletB).map(c -> new Incoming(toJson(c),
                            OutletSteps.sourcePassages(c, c.source().equals(a.id()) ? a.text() : b.text())))
                            .stream().iterator();
                });
    }

    /** Every copy, each directed one marked direct or not by its target's contest (undirected ones stay as they are). */
    private static JavaRDD<String> marked(JavaRDD<Incoming> copies, JavaPairRDD<String, EncodedDocument> byId,
                                          int partitions) {
        JavaRDD<String> undirected = copies.map(Incoming::copy).filter(json -> !copy(json).directed());
        JavaRDD<Contest> contests = copies.filter(in -> copy(in.copy()).directed())
                .keyBy(in -> copy(in.copy()).target())
                .groupByKey(partitions)
                .join(byId, partitions)
                .map(t -> contest(t._2()._1(), t._2()._2().document().text()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Integer> habits = contests
                .flatMap(c -> OutletSteps.winnersOutright(c.decoded(), c.closeness()).stream().map(OutletSteps::habitKey).iterator())
                .mapToPair(key -> new Tuple2<>(key, 1))
                .reduceByKey(Integer::sum, partitions)
                .collectAsMap();
        Broadcast<HashMap<String, Integer>> known = JavaSparkContext.fromSparkContext(copies.context())
                .broadcast(new HashMap<>(habits));
        JavaRDD<String> directed = contests.flatMap(c -> OutletSteps.marked(c.decoded(), c.closeness(), known.value())
                .stream().map(OutletTables::toJson).iterator());
        return directed.union(undirected);
    }

    private static Contest contest(Iterable<Incoming> incoming, String targetText) {
        List<String> json = new ArrayList<>();
        List<Copy> copies = new ArrayList<>();
        List<List<String>> passages = new ArrayList<>();
        for (Incoming in : incoming) {
            json.add(in.copy());
            copies.add(copy(in.copy()));
            passages.add(in.sourcePassages());
        }
        return new Contest(json, OutletSteps.closeness(copies, targetText, passages));
    }

    private static JavaRDD<Copy> directed(JavaRDD<String> marked) {
        return marked.map(OutletTables::copy).filter(Copy::directed);
    }

    /**
     * Per outlet its profile: each document's facts (its text with the copies into and out of it) and each
     * copy's credit, tallied where they are and merged.
     */
    private static JavaRDD<String> profiles(JavaPairRDD<String, EncodedDocument> byId, JavaPairRDD<String, String> outletOf,
                                            JavaRDD<String> marked, JavaPairRDD<String, Iterable<String>> into,
                                            int partitions) {
        JavaPairRDD<String, Iterable<String>> outOf = directed(marked)
                .mapToPair(c -> new Tuple2<>(c.source(), toJson(c))).groupByKey(partitions);
        JavaPairRDD<String, OutletTally> facts = byId.join(outletOf, partitions)
                .leftOuterJoin(into, partitions)
                .leftOuterJoin(outOf, partitions)
                .mapToPair(t -> {
                    Document d = t._2()._1()._1()._1().document();
                    DocumentFacts f = OutletSteps.facts(d, outlet(t._2()._1()._1()._2()),
                            copies(t._2()._1()._2().orElse(List.of())), copies(t._2()._2().orElse(List.of())));
                    return new Tuple2<>(f.outlet().outlet(), OutletSteps.tally(f));
                });
        JavaPairRDD<String, OutletTally> credit = marked.flatMapToPair(json -> OutletSteps.creditTallies(copy(json))
                .stream().map(t -> new Tuple2<>(t.name(), t)).iterator());
        return facts.union(credit).reduceByKey(OutletTally::merge, partitions)
                .values().filter(OutletTally::hasArticles).map(t -> toJson(t.outlet()));
    }

    /** Per edge, the direct copies' tally with each later document's story, merged across partitions. */
    private static JavaRDD<String> edges(JavaRDD<String> marked, JavaRDD<String> stories, int partitions) {
        JavaPairRDD<String, String> storyOf = stories.map(json -> EncodedDocument.fromJson(json, Story.class))
                .flatMapToPair(s -> s.documents().stream().map(d -> new Tuple2<>(d, s.id())).iterator());
        return marked.filter(json -> copy(json).direct()).keyBy(json -> copy(json).target())
                .leftOuterJoin(storyOf, partitions)
                .flatMapToPair(t -> OutletSteps.edgeTally(copy(t._2()._1()), t._2()._2().orElse(null))
                        .map(e -> new Tuple2<>(EdgeTally.Key.of(copy(t._2()._1())), e)).stream().iterator())
                .reduceByKey(EdgeTally::merge, partitions)
                .values().map(e -> toJson(e.edge()));
    }

    /** Per last document its chains: the copies into each of its direct sources are brought to it, with its text. */
    private static JavaRDD<String> chains(JavaPairRDD<String, Iterable<String>> into, JavaPairRDD<String, EncodedDocument> byId,
                                          OutletSteps steps, int partitions) {
        JavaPairRDD<String, Iterable<Tuple2<String, Iterable<String>>>> intoSources = into
                .flatMapToPair(t -> OutletSteps.directSources(copies(t._2())).stream()
                        .map(source -> new Tuple2<>(source, t._1())).iterator())
                .join(into, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .groupByKey(partitions);
        return into.join(intoSources, partitions).join(byId, partitions).flatMap(t -> {
            Map<String, List<Copy>> sources = new HashMap<>();
            t._2()._1()._2().forEach(s -> sources.put(s._1(), copies(s._2())));
            return steps.chainsEnding(copies(t._2()._1()._1()), sources, t._2()._2().document().text())
                    .stream().map(OutletTables::toJson).iterator();
        });
    }

    /** The tables' rows in the batch graph's order (decoded for the comparison: the tables are small beside the corpus). */
    private static JavaRDD<String> sorted(JavaRDD<String> rows, Table table, int partitions) {
        return rows.keyBy(json -> json).sortByKey(new InOrder(table), true, partitions).values();
    }

    /** The order of each table's rows, as core gives it. */
    enum Table {
        OUTLETS, EDGES, CHAINS;

        int compare(String x, String y) {
            return switch (this) {
                case OUTLETS -> OutletSteps.OUTLET_ORDER.compare(decode(x, Outlet.class), decode(y, Outlet.class));
                case EDGES -> OutletSteps.EDGE_ORDER.compare(decode(x, OutletEdge.class), decode(y, OutletEdge.class));
                case CHAINS -> OutletSteps.CHAIN_ORDER.compare(decode(x, OutletChain.class), decode(y, OutletChain.class));
            };
        }

        private static <T> T decode(String json, Class<T> type) {
            return EncodedDocument.fromJson(json, type);
        }
    }

    /** A table's order over its JSON rows, serializable for the sort. */
    private record InOrder(Table table) implements Comparator<String>, Serializable {
        @Override
        public int compare(String x, String y) {
            return table.compare(x, y);
        }
    }

    private static List<Copy> copies(Iterable<String> json) {
        List<Copy> copies = new ArrayList<>();
        json.forEach(j -> copies.add(copy(j)));
        return copies;
    }

    private static Copy copy(String json) {
        return EncodedDocument.fromJson(json, Copy.class);
    }

    private static ReusePair copyPair(String json) {
        return EncodedDocument.fromJson(json, ReusePair.class);
    }

    private static DocumentOutlet outlet(String json) {
        return EncodedDocument.fromJson(json, DocumentOutlet.class);
    }

    private static String toJson(Object value) {
        return EncodedDocument.toJson(value);
    }
}
