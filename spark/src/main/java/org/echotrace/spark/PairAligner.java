package org.echotrace.spark;

import java.util.BitSet;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.echotrace.reuse.ReuseDetector;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Aligns each candidate pair with core's {@link ReuseDetector#alignCandidate}: the candidates are joined with
 * the text of their first, then their second document, and aligned where both meet. Eager: the pairs are
 * computed (and cached) before it returns, so that what only alignment needs is released.
 */
final class PairAligner {

    private PairAligner() {
    }

    static JavaRDD<AlignedPair> align(JavaRDD<CandidateFinder.Candidate> candidates,
                                      JavaRDD<EncodedDocument> documents, JobSettings settings) {
        int partitions = settings.partitions();
        JavaRDD<CandidateFinder.Candidate> cached = candidates.persist(StorageLevel.MEMORY_AND_DISK());
        // only documents in some candidate pair travel: most of a real corpus copies from nobody
        Broadcast<BitSet> inPairs = JavaSparkContext.fromSparkContext(documents.context()).broadcast(
                cached.aggregate(new BitSet(), PairAligner::add, PairAligner::union));
        // partitioned once, so that neither join shuffles the documents again
        JavaPairRDD<Integer, EncodedDocument> byOrdinal = documents.filter(d -> inPairs.value().get(d.ordinal()))
                .keyBy(EncodedDocument::ordinal)
                .partitionBy(new HashPartitioner(partitions)).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<AlignedPair> pairs = cached.keyBy(CandidateFinder.Candidate::a)
                .join(byOrdinal, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1().b(), t._2()))
                .join(byOrdinal, partitions)
                .mapPartitions(rows -> {
                    ReuseDetector detector = new ReuseDetector(settings.reuse());
                    List<AlignedPair> out = new java.util.ArrayList<>();
                    rows.forEachRemaining(t -> {
                        CandidateFinder.Candidate c = t._2()._1()._1();
                        EncodedDocument a = t._2()._1()._2();
                        EncodedDocument b = t._2()._2();
                        detector.alignCandidate(a.document(), b.document(), c.posA(), c.posB(), c.posA().length)
                                .ifPresent(p -> out.add(new AlignedPair(a.ordinal(), b.ordinal(),
                                        EncodedDocument.toJson(p))));
                    });
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        // aligned now, so that the candidates and the documents kept for them free the memory the stories need
        pairs.count();
        cached.unpersist(false);
        byOrdinal.unpersist(false);
        return pairs;
    }

    private static BitSet add(BitSet documents, CandidateFinder.Candidate candidate) {
        documents.set(candidate.a());
        documents.set(candidate.b());
        return documents;
    }

    private static BitSet union(BitSet x, BitSet y) {
        x.or(y);
        return x;
    }
}
