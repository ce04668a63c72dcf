package org.echotrace.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.echotrace.cli.ExitCodes;
import org.echotrace.cli.MaxSizeOption;
import org.echotrace.cli.ReuseOptions;
import org.echotrace.cli.StoryOptions;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.story.ContentLinks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The job's command line, for {@code spark-submit} (master from the submit) and for {@code echotrace
 * spark-local} (the launcher passes {@code --master local[2] --report}). The reuse, story and size options
 * and the exit statuses are analyze's own ({@link ExitCodes}).
 */
@Command(name = "spark-local", mixinStandardHelpOptions = true,
        description = {"Finds reuse pairs and stories over articles on any Hadoop filesystem with Apache Spark and",
                "writes DIR/{documents,reuse,passages,stories}/{jsonl,parquet}, the outlet graph's tables",
                "DIR/{outlet_documents,outlets,outlet_edges,outlet_chains}/{jsonl,parquet} (and with --report DIR/report.json)."},
        footer = ExitCodes.FOOTER)
public final class SparkJobMain implements Callable<Integer> {

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

    @Mixin
    ReuseOptions reuseOptions;

    @Mixin
    StoryOptions storyOptions;

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

    @Mixin
    MaxSizeOption maxSize;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JobSettings settings = settings();
        SparkSession.Builder builder = SparkSession.builder().appName("echotrace");
        if (master != null) {
            builder.master(master);
        }
        try (SparkSession spark = builder.getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            ReuseJob.Result result = new ReuseJob(settings).run(spark, inputs);
            if (result.documents().isEmpty()) {
                result.problems().forEach(p -> System.err.println(p));
                return ExitCodes.NO_INPUT;
            }
            ResultWriter.writeTables(spark, result, out);
            OutletTables.Tables outlets = OutletTables.build(result.documents(), result.pairs(), result.stories(), settings);
            ResultWriter.writeTables(spark, outlets, out);
            if (nlp) {
                ResultWriter.writeTables(spark, LanguageLayer.build(result.documents(), result.pairs(), result.stories(),
                        new CoreNlpAnalyzers(nlpCache), settings), out);
            }
            if (report) {
                System.out.println("Report: " + ResultWriter.writeReport(ResultWriter.collect(result, outlets, settings), Path.of(out)));
            }
            System.out.println("Tables: " + out + "/{documents,reuse,passages,stories,outlet_documents,outlets,outlet_edges,outlet_chains"
                    + (nlp ? ",entities,attributions,timeline,labels" : "") + "}/{jsonl,parquet}");
        }
        return ExitCodes.OK;
    }

    /** The settings of this run, or a usage error (exit status 2, as analyze) naming what is wrong. */
    private JobSettings settings() {
        AnalysisSettings analysis = AnalysisSettings.withoutClaims(reuseOptions.settings(spec.commandLine()),
                storyOptions.settings(spec.commandLine()));
        try {
            return new JobSettings(analysis, maxSize.bytes(), pairWindow, partitions, storyTerms, storyPostings);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    public static void main(String[] args) {
        // the launcher passes --master first; a --master given by the user comes later and wins
        System.exit(new CommandLine(new SparkJobMain()).setOverwrittenOptionsAllowed(true).execute(args));
    }
}
