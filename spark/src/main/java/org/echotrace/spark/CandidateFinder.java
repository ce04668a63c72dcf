package org.echotrace.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.echotrace.reuse.ShingleKeys;
import org.echotrace.reuse.Shingler;
import org.echotrace.text.WordTokenizer;

/**
 * The distributed form of core's shingle index: shingle postings are sorted by hash across the cluster, each
 * run of one shingle (in 2 to maxDf documents) emits a hit per document pair, and the hits are sorted by pair
 * into candidates with their positions in increasing order of the first document's, exactly what the batch
 * index hands to alignment. Both sorts run on Spark SQL's binary rows (three primitive columns), which keeps
 * the shuffles compact.
 */
final class CandidateFinder {

    /** Two documents (a before b in the corpus order) and the positions of the shingles they share. */
    record Candidate(int a, int b, int[] posA, int[] posB) implements Serializable {
    }

    private static final StructType POSTINGS = new StructType()
            .add("hash", DataTypes.LongType, false)
            .add("doc", DataTypes.IntegerType, false)
            .add("pos", DataTypes.IntegerType, false);

    /** Postings also carry the publication day when a pair window needs it (a fifth of the shuffle). */
    private static final StructType DATED_POSTINGS = POSTINGS.add("day", DataTypes.LongType, false);

    private static final StructType HITS = new StructType()
            .add("pair", DataTypes.LongType, false)
            .add("posA", DataTypes.IntegerType, false)
            .add("posB", DataTypes.IntegerType, false);

    /** Shingles the batch path can index (its positions are global ordinals in an int). */
    private static final long BATCH_INDEX_LIMIT = 1L << 31;

    private CandidateFinder() {
    }

    static JavaRDD<Candidate> find(SparkSession spark, JavaRDD<EncodedDocument> documents, JobSettings settings) {
        int n = settings.reuse().ngram();
        // shingle equality depends on the corpus total (see ShingleKeys), so count before hashing
        long[] counts = documents.map(d -> {
            long shingles = Shingler.count(WordTokenizer.count(d.document().text()), n);
            return new long[] {shingles, shingles};
        }).fold(new long[] {0, 0}, (x, y) -> new long[] {x[0] + y[0], Math.max(x[1], y[1])});
        long mask = hashMask(counts[0], counts[1]);
        boolean dated = settings.pairWindowDays() > 0;
        JavaRDD<Row> postings = documents.flatMap(d -> {
            long[] keys = ShingleKeys.unique(WordTokenizer.tokenize(d.document().text()), n, mask);
            List<Row> rows = new ArrayList<>(keys.length);
            for (long key : keys) {
                rows.add(dated ? RowFactory.create(key & mask, d.ordinal(), (int) (key & ~mask), d.epochDay())
                        : RowFactory.create(key & mask, d.ordinal(), (int) (key & ~mask)));
            }
            return rows.iterator();
        });
        Dataset<Row> byShingle = spark.createDataFrame(postings, dated ? DATED_POSTINGS : POSTINGS)
                .repartition(settings.partitions(), col("hash"))
                .sortWithinPartitions("hash", "doc");
        int maxDf = settings.reuse().maxDocumentFrequency();
        int window = settings.pairWindowDays();
        JavaRDD<Row> hits = byShingle.javaRDD().mapPartitions(rows -> new HitEmitter(rows, maxDf, window));
        Dataset<Row> byPair = spark.createDataFrame(hits, HITS)
                .repartition(settings.partitions(), col("pair"))
                .sortWithinPartitions("pair", "posA");
        return byPair.javaRDD().mapPartitions(CandidateFinder::candidates);
    }

    /**
     * The batch path's mask while the corpus fits its index (fewer than 2^31 shingles), so that both see the
     * same shingles as equal. A larger corpus has no batch result to match: positions then need only the bits
     * of the longest document, and every other bit goes to the hash, which keeps chance collisions rare.
     */
    static long hashMask(long totalShingles, long mostInOneDocument) {
        return totalShingles < BATCH_INDEX_LIMIT ? ShingleKeys.hashMask(totalShingles)
                : ShingleKeys.hashMask(mostInOneDocument);
    }

    /** Groups the hits of each pair (sorted by pair, then posA) into candidates of at least two hits. */
    private static Iterator<Candidate> candidates(Iterator<Row> rows) {
        List<Candidate> out = new ArrayList<>();
        long pair = -1;
        IntList posA = new IntList();
        IntList posB = new IntList();
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.getLong(0) != pair) {
                add(pair, posA, posB, out);
                pair = row.getLong(0);
                posA.clear();
                posB.clear();
            }
            posA.add(row.getInt(1));
            posB.add(row.getInt(2));
        }
        add(pair, posA, posB, out);
        return out.iterator();
    }

    private static void add(long pair, IntList posA, IntList posB, List<Candidate> out) {
        if (pair >= 0 && posA.size() >= 2) {
            out.add(new Candidate((int) (pair >>> 32), (int) pair, posA.toArray(), posB.toArray()));
        }
    }

    /** A growable int array, to avoid boxing the positions of a pair. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
