package org.echotrace.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Report;
import org.echotrace.story.ContentLinks;
import org.echotrace.story.StorySettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's command line, for {@code spark-submit} (master from the submit) and for {@code echotrace
 * spark-local} (the launcher passes {@code --master local[2] --report}). Exit status: 0 done, 1 failure,
 * 2 usage error, 3 nothing could be read (as {@code analyze}).
 */
@Command(name = "spark-local", mixinStandardHelpOptions = true,
        description = {"Finds reuse pairs and stories over articles on any Hadoop filesystem with Apache Spark and",
                "writes DIR/{documents,reuse,passages,stories}/{jsonl,parquet} (and with --report DIR/report.json and",
                "the outlet graph's tables DIR/{outlets,outlet_edges,outlet_chains}/{jsonl,parquet})."})
public final class SparkJobMain implements Callable<Integer> {

    static final int NOTHING_READ = 3;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders: JSONL, WARC, HTML, text, Parquet.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (default: from spark-submit).")
    String master;

    @Option(names = "--report", description = "Also collect everything into DIR/report.json (corpora that fit the driver).")
    boolean report;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "8", description = "Shuffle partitions. Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(names = "--pair-window", paramLabel = "DAYS", defaultValue = "0",
            description = "Only align pairs published at most DAYS apart (0: all pairs, as analyze). Default: ${DEFAULT-VALUE}.")
    int pairWindow;

    @Option(names = "--min-words", defaultValue = AnalysisSettings.DEFAULT_MIN_WORDS, paramLabel = "N", description = "Shortest passage. Default: ${DEFAULT-VALUE}.")
    int minWords;

    @Option(names = "--ngram", defaultValue = AnalysisSettings.DEFAULT_NGRAM, paramLabel = "N", description = "Words per shingle. Default: ${DEFAULT-VALUE}.")
    int ngram;

    @Option(names = "--max-df", defaultValue = AnalysisSettings.DEFAULT_MAX_DOCUMENT_FREQUENCY, paramLabel = "N",
            description = "Shingles in more documents do not seed matches. Default: ${DEFAULT-VALUE}.")
    int maxDf;

    @Option(names = "--story-similarity", defaultValue = StorySettings.DEFAULT_MIN_SIMILARITY, paramLabel = "X", description = "Default: ${DEFAULT-VALUE}.")
    double storySimilarity;

    @Option(names = "--max-days-apart", defaultValue = StorySettings.DEFAULT_MAX_DAYS_APART, paramLabel = "DAYS", description = "Default: ${DEFAULT-VALUE}.")
    int maxDaysApart;

    @Option(names = "--story-terms", paramLabel = "N", defaultValue = "" + ContentLinks.SEED_WORDS,
            description = "Each article's N heaviest subject words seed story links (as analyze). Default: ${DEFAULT-VALUE}.")
    int storyTerms;

    @Option(names = "--story-postings", paramLabel = "N", defaultValue = "" + ContentLinks.MAX_HOLDERS,
            description = "Subject words held by more articles than N link none (as analyze). Default: ${DEFAULT-VALUE}.")
    int storyPostings;

    @Option(names = "--nlp", description = {"Also run the language stage (CoreNLP, one pipeline per executor): entities,",
            "attributions, timeline and labels of each story, in tables of those names."})
    boolean nlp;

    @Option(names = "--nlp-cache", paramLabel = "DIR", description = "Cache parses under DIR on each executor's machine (default: none).")
    String nlpCache;

    @Option(names = "--max-size", defaultValue = "10485760", paramLabel = "BYTES", description = "Skip larger files. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Override
    public Integer call() throws Exception {
        JobSettings settings = new JobSettings(ngram, minWords, maxDf, storySimilarity,
                org.echotrace.story.StorySettings.DEFAULTS.reuseCoverage(), maxDaysApart,
                pairWindow, partitions, maxBytes, storyTerms, storyPostings);
        SparkSession.Builder builder = SparkSession.builder().appName("echotrace");
        if (master != null) {
            builder.master(master);
        }
        try (SparkSession spark = builder.getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            ReuseJob.Result result = new ReuseJob(settings).run(spark, inputs);
            if (result.documents().isEmpty()) {
                result.problems().forEach(p -> System.err.println(p));
                return NOTHING_READ;
            }
            ResultWriter.writeTables(spark, result, out);
            if (nlp) {
                ResultWriter.writeTables(spark, LanguageLayer.build(result.documents(), result.pairs(), result.stories(),
                        new CoreNlpAnalyzers(nlpCache), settings), out);
            }
            if (report) {
                Report collected = ResultWriter.collect(result, settings);
                System.out.println("Report: " + ResultWriter.writeReport(collected, Path.of(out)));
                ResultWriter.writeOutletTables(spark, collected.outlets(), out);
            }
            System.out.println("Tables: " + out + "/{documents,reuse,passages,stories" + (nlp ? ",entities,attributions,timeline,labels" : "")
                    + (report ? ",outlets,outlet_edges,outlet_chains" : "")
                    + "}/{jsonl,parquet}");
        }
        return 0;
    }

    public static void main(String[] args) {
        // the launcher passes --master first; a --master given by the user comes later and wins
        System.exit(new CommandLine(new SparkJobMain()).setOverwrittenOptionsAllowed(true).execute(args));
    }
}
