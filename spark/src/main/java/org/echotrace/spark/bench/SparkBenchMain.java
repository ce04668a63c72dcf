package org.echotrace.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.echotrace.Progress;
import org.echotrace.bench.CpuClock;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.HeapSampler;
import org.echotrace.bench.Json;
import org.echotrace.bench.JsonlCorpusWriter;
import org.echotrace.bench.OutletBenchmark;
import org.echotrace.bench.OutletCorpus;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.bench.ReuseBenchmark;
import org.echotrace.bench.TempFiles;
import org.echotrace.domain.Document;
import org.echotrace.ingest.Ingester;
import org.echotrace.domain.ReusePair;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.spark.AlignedPair;
import org.echotrace.spark.JobSettings;
import org.echotrace.spark.OutletTables;
import org.echotrace.spark.ReuseJob;
import org.echotrace.story.StoryClusterer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code echotrace bench spark}: the planted-reuse corpus of each size through the Spark job (reuse and
 * stories) in local mode, with wall time, shuffle written, peak heap (in local mode the executors are this
 * JVM) and recall of the planted passages; then the single-machine path on the same corpus, up to a size.
 * Prints one JSON line per size.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Planted-reuse corpora through the Spark job in local mode: wall time, shuffle bytes, peak heap,",
                "recall; the single-machine path beside it up to --batch-up-to articles. One JSON line per size."})
public final class SparkBenchMain implements Callable<Integer> {

    /** 2,000 articles of ~4 KB: each file stays under the readers' default size limit of 10 MB. */
    private static final int ARTICLES_PER_FILE = 2_000;

    /** One size's measurements; the batch fields are null above --batch-up-to (batchStories without --batch-stories). */
    record Result(int articles, double megabytes, String master, int partitions, double sparkSeconds,
                  double shuffleMegabytes, long shuffleRecords, long peakHeapMegabytes, long pairs, long stories,
                  int storyTerms, int storyPostings, int planted, int found, double recall, double precision,
                  Double batchSeconds,
                  Long batchPeakHeapMegabytes, Integer batchPairs, Integer batchStories, Double batchRecall) {
    }

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", paramLabel = "N,...",
            description = "Corpus sizes. Default: ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(names = "--master", defaultValue = "local[2]", paramLabel = "URL", description = "Default: ${DEFAULT-VALUE}.")
    String master;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--batch-up-to", defaultValue = "100000", paramLabel = "N",
            description = "Run the single-machine path too for sizes up to N. Default: ${DEFAULT-VALUE}.")
    int batchUpTo;

    @Option(names = "--story-terms", defaultValue = "" + org.echotrace.story.ContentLinks.SEED_WORDS, paramLabel = "N",
            description = "Heaviest subject words per article that seed story links (as analyze). Default: ${DEFAULT-VALUE}.")
    int storyTerms;

    @Option(names = "--story-postings", defaultValue = "" + org.echotrace.story.ContentLinks.MAX_HOLDERS, paramLabel = "N",
            description = "Subject words held by more articles link none (as analyze). Default: ${DEFAULT-VALUE}.")
    int storyPostings;

    @Option(names = "--batch-stories",
            description = "Time the single-machine story clustering too.")
    boolean batchStories;

    @Option(names = "--outlets",
            description = {"Plant the outlet structure of `bench outlets` instead and time the outlet tables apart:",
                    "process CPU seconds of reuse and stories, then of the outlet tables, and the planted edges",
                    "and hidden-origin chains recovered (the corpus is generated in memory: sizes up to ~200k)."})
    boolean outlets;

    @Option(names = "--data", paramLabel = "DIR", description = "Real texts for the word model (default: shared/data found upwards).")
    Path data;

    @Option(names = "--corpus-dir", paramLabel = "DIR",
            description = "Where each size's corpus is written as JSONL (kept); default: a temporary folder, deleted after.")
    Path corpusDir;

    @Override
    public Integer call() throws Exception {
        Path source = data != null ? data : DataPaths.sharedData().orElseThrow(() ->
                new IllegalArgumentException("no shared/data folder found; give --data DIR"));
        PlantedCorpus generator = PlantedCorpus.fromSharedData(source);
        ShuffleMeter shuffle = new ShuffleMeter();
        // serialized, compressed caches: a corpus of 1M articles (4 GB of text) must fit beside the shuffles
        try (SparkSession spark = SparkSession.builder().master(master).appName("echotrace bench")
                .config("spark.ui.enabled", "false").config("spark.rdd.compress", "true").getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            spark.sparkContext().addSparkListener(shuffle);
            for (int size : sizes) {
                System.out.println(Json.of(outlets ? measureOutlets(spark, generator, size)
                        : measure(spark, generator, size, shuffle)));
            }
        }
        return 0;
    }

    private Result measure(SparkSession spark, PlantedCorpus generator, int n, ShuffleMeter shuffle) throws IOException {
        boolean temporary = corpusDir == null;
        Path folder = temporary ? Files.createTempDirectory("echotrace-bench-spark")
                : corpusDir.resolve("planted-" + n + "-" + seed);
        try {
            long g0 = System.nanoTime();
            PlantedCorpus.Plan plan;
            try (JsonlCorpusWriter writer = new JsonlCorpusWriter(folder, ARTICLES_PER_FILE)) {
                plan = generator.stream(n, seed, writer);
            }
            System.err.printf("corpus: %,d articles written to %s in %.1f s%n", n, folder, (System.nanoTime() - g0) / 1e9);
            // about 12,500 articles (50 MB) per partition keeps each task's sort in memory
            int partitions = Math.max(4, n / 12_500);
            JobSettings settings = JobSettings.defaults(partitions).withStorySearch(storyTerms, storyPostings);
            System.gc();
            shuffle.reset();
            HeapSampler heap = HeapSampler.started();
            long t0 = System.nanoTime();
            ReuseJob.Result result = new ReuseJob(settings).run(spark, List.of(folder.toString()));
            List<ReusePair> pairs = result.pairs().collect().stream().map(AlignedPair::pair).toList();
            long stories = result.stories().count();
            double seconds = (System.nanoTime() - t0) / 1e9;
            heap.interrupt();
            ReuseBenchmark.Score score = ReuseBenchmark.score(plan.planted(), pairs);
            result.documents().unpersist();
            result.pairs().unpersist();
            result.stories().unpersist();
            Batch batch = n <= batchUpTo ? batch(folder, plan.planted(), settings, batchStories) : null;
            return new Result(n, plan.chars() / 1e6, master, partitions, seconds, shuffle.bytes() / 1e6,
                    shuffle.records(), heap.peakBytes() >> 20, pairs.size(), stories, storyTerms, storyPostings,
                    score.planted(), score.found(),
                    score.recall(), score.precision(), batch == null ? null : batch.seconds(),
                    batch == null ? null : batch.peakHeapMegabytes(), batch == null ? null : batch.pairs(),
                    batch == null ? null : batch.stories(), batch == null ? null : batch.recall());
        } finally {
            if (temporary) {
                TempFiles.deleteTree(folder);
            }
        }
    }

    /** One size of the outlet corpus: the job's cost with and without its outlet tables, and their scores. */
    record OutletResult(int articles, int partitions, double reuseAndStoriesCpuSeconds, double reuseAndStoriesSeconds,
                        double outletsCpuSeconds, double outletsSeconds, double outletsShareOfReuseAndStories,
                        OutletBenchmark.Result scores) {
    }

    /**
     * The planted outlet corpus through the job: reuse and stories timed until the stories are counted (as
     * {@link #measure}), then the four outlet tables until each is counted. Process CPU seconds, as `bench
     * outlets` reports analyze's stages, so that the two shares compare; the tables collected are scored
     * against what was planted.
     */
    private OutletResult measureOutlets(SparkSession spark, PlantedCorpus generator, int n) throws IOException {
        OutletCorpus.Corpus corpus = OutletCorpus.generate(generator, n, seed);
        Path folder = Files.createTempDirectory("echotrace-bench-spark-outlets");
        try {
            try (JsonlCorpusWriter writer = new JsonlCorpusWriter(folder, ARTICLES_PER_FILE)) {
                corpus.documents().forEach(writer);
            }
            int partitions = Math.max(4, n / 12_500);
            JobSettings settings = JobSettings.defaults(partitions).withStorySearch(storyTerms, storyPostings);
            System.gc();
            CpuClock jobClock = CpuClock.started();
            long t0 = System.nanoTime();
            ReuseJob.Result result = new ReuseJob(settings).run(spark, List.of(folder.toString()));
            result.pairs().count();
            result.stories().count();
            double jobCpu = jobClock.processSeconds();
            double jobSeconds = (System.nanoTime() - t0) / 1e9;
            CpuClock outletClock = CpuClock.started();
            long t1 = System.nanoTime();
            OutletTables.Tables tables = OutletTables.build(result.documents(), result.pairs(), result.stories(), settings);
            Stream.of(tables.documents(), tables.outlets(), tables.edges(), tables.chains()).forEach(JavaRDD::count);
            double outletCpu = outletClock.processSeconds();
            double outletSeconds = (System.nanoTime() - t1) / 1e9;
            OutletBenchmark.Result scores = OutletBenchmark.score(corpus, tables.collect(), jobCpu, 0, outletCpu);
            result.documents().unpersist();
            result.pairs().unpersist();
            result.stories().unpersist();
            return new OutletResult(corpus.documents().size(), partitions, jobCpu, jobSeconds, outletCpu, outletSeconds,
                    outletCpu / jobCpu, scores);
        } finally {
            TempFiles.deleteTree(folder);
        }
    }

    private record Batch(double seconds, long peakHeapMegabytes, int pairs, Integer stories, double recall) {
    }

    /**
     * The single-machine path (analyze --no-nlp's reuse and stories) on the same files, read as analyze reads
     * them: the reader's cleaning (a trailing space, a line start that looks like a dateline) applies to both.
     */
    private static Batch batch(Path folder, List<PlantedCorpus.Planted> planted, JobSettings settings, boolean stories) {
        List<Document> docs = read(folder, settings);
        System.gc();
        HeapSampler heap = HeapSampler.started();
        long t0 = System.nanoTime();
        List<ReusePair> pairs = new ReuseDetector(settings.reuse()).detect(docs, Progress.NONE);
        Integer storyCount = stories ? new StoryClusterer(settings.stories()).cluster(docs, pairs).size() : null;
        double seconds = (System.nanoTime() - t0) / 1e9;
        heap.interrupt();
        return new Batch(seconds, heap.peakBytes() >> 20, pairs.size(), storyCount,
                ReuseBenchmark.score(planted, pairs).recall());
    }

    private static List<Document> read(Path folder, JobSettings settings) {
        return new Ingester(settings.ingest()).read(List.of(folder.toString()), null, Progress.NONE).documents();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBenchMain()).execute(args));
    }
}
