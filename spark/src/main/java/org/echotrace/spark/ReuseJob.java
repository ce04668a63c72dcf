package org.echotrace.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.echotrace.domain.Diagnostic;

/**
 * The job: read, find candidate pairs, align them, group stories. Each stage is core's code run per
 * partition; this class only wires them. The results stay distributed until written.
 */
public final class ReuseJob {

    /** Everything the job found, as report JSON lines (documents, reuse pairs, stories). */
    public record Result(JavaRDD<EncodedDocument> documents, JavaRDD<AlignedPair> pairs,
                         JavaRDD<String> stories, List<Diagnostic> problems) {
    }

    private final JobSettings settings;

    public ReuseJob(JobSettings settings) {
        this.settings = settings;
    }

    public Result run(SparkSession spark, List<String> inputs) {
        CorpusReader.Corpus corpus = CorpusReader.read(spark, inputs, settings);
        return run(spark, corpus.documents(), corpus.problems());
    }

    /** The job over documents already read (numbered 0..n-1 in corpus order), e.g. a generated corpus. */
    public Result run(SparkSession spark, JavaRDD<EncodedDocument> documents, List<Diagnostic> problems) {
        JavaRDD<EncodedDocument> docs = documents.getStorageLevel().equals(StorageLevel.NONE())
                ? documents.persist(StorageLevel.MEMORY_AND_DISK_SER()) : documents;
        JavaRDD<CandidateFinder.Candidate> candidates = CandidateFinder.find(spark, docs, settings);
        JavaRDD<AlignedPair> pairs = PairAligner.align(candidates, docs, settings);
        JavaRDD<String> stories = StoryBuilder.build(JavaSparkContext.fromSparkContext(spark.sparkContext()), docs,
                pairs, settings).persist(StorageLevel.MEMORY_AND_DISK());
        return new Result(docs, pairs, stories, problems);
    }
}
