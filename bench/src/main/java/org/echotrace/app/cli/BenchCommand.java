package org.echotrace.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.echotrace.bench.AnalyzeBenchmark;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.ClaimsBenchmark;
import org.echotrace.bench.NlpBenchmark;
import org.echotrace.bench.OutletBenchmark;
import org.echotrace.bench.OutletCorpus;
import org.echotrace.bench.OutletStoreBenchmark;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.bench.ReuseBenchmark;
import org.echotrace.cli.ExitCodes;
import org.echotrace.cli.ReuseOptions;
import org.echotrace.domain.Document;
import org.echotrace.bench.StoreBenchmark;
import org.echotrace.bench.Json;
import org.echotrace.bench.JsonlCorpusWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echotrace bench}: measured speed, memory and accuracy on generated corpora. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks of speed, memory and accuracy; each prints one JSON line.",
        subcommands = {BenchCommand.Reuse.class, BenchCommand.Analyze.class, BenchCommand.Nlp.class,
                BenchCommand.Claims.class, BenchCommand.Store.class, BenchCommand.Outlets.class},
        footer = ExitCodes.FOOTER)
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "reuse", mixinStandardHelpOptions = true,
            description = {"Builds N articles from a word model of real news text, plants passages of 50-300",
                    "words copied with edits, runs reuse detection and reports articles/s, MB/s, peak heap,",
                    "and recall and precision of the planted passages."},
            footer = ExitCodes.FOOTER)
    static final class Reuse implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--docs", paramLabel = "N", defaultValue = "1000", description = "Articles. Default: ${DEFAULT-VALUE}.")
        int docs;

        @CommandLine.Mixin
        PlantedCorpusOptions corpusOptions;

        @CommandLine.Mixin
        ReuseOptions reuseOptions;

        @Override
        public Integer call() {
            if (docs < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--docs must be at least 2");
            }
            Path source = corpusOptions.dataFolder(spec.commandLine());
            PlantedCorpus.Corpus corpus = PlantedCorpus.fromSharedData(source).generate(docs, corpusOptions.seed);
            ReuseBenchmark.Result result = ReuseBenchmark.run(corpus, reuseOptions.settings(spec.commandLine()));
            spec.commandLine().getOut().println(result.toJson());
            return ExitCodes.OK;
        }
    }

    @Command(name = "outlets", mixinStandardHelpOptions = true,
            description = {"Plants an outlet structure in the planted corpus of bench reuse (a wire, copiers that",
                    "credit it always, sometimes or never, digests that copy the copiers, independent outlets, log-normal",
                    "delays), runs reuse, stories and the outlet graph, and reports edge precision and recall, the",
                    "error of the edges' words and credited shares, the hidden-origin chains found, and each stage's",
                    "CPU seconds."},
            footer = ExitCodes.FOOTER)
    static final class Outlets implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--docs", paramLabel = "N", defaultValue = "2000", description = "Articles. Default: ${DEFAULT-VALUE}.")
        int docs;

        @CommandLine.Mixin
        PlantedCorpusOptions corpusOptions;

        @CommandLine.Mixin
        ReuseOptions reuseOptions;

        @Option(names = "--store", description = {"Instead: fill a store with the corpus and time the server's outlet",
                "answers (making the facts once, then the whole store's graph and one week's)."})
        boolean store;

        @Option(names = "--corpus-out", paramLabel = "DIR", description = {"Also write the corpus to DIR as JSON Lines",
                "(id, text, outlet, published), so that analyze of two builds can be run on it and their files compared."})
        Path corpusOut;

        @Override
        public Integer call() throws java.io.IOException {
            if (docs < 100) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--docs must be at least 100");
            }
            PlantedCorpus text = PlantedCorpus.fromSharedData(corpusOptions.dataFolder(spec.commandLine()));
            OutletCorpus.Corpus corpus = OutletCorpus.generate(text, docs, corpusOptions.seed);
            if (corpusOut != null) {
                try (JsonlCorpusWriter writer = new JsonlCorpusWriter(corpusOut, 1000)) {
                    corpus.documents().forEach(writer);
                }
            }
            String json = store ? OutletStoreBenchmark.run(corpus.documents()).toJson()
                    : OutletBenchmark.run(corpus, reuseOptions.settings(spec.commandLine())).toJson();
            spec.commandLine().getOut().println(json);
            return ExitCodes.OK;
        }
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = {"The whole analyze --no-nlp command on the planted corpus of bench reuse: writes N",
                    "articles to JSON Lines files, runs analyze on them (reading, cleaning, reuse, stories, report",
                    "files) and reports its wall time, CPU seconds and sampled peak heap."},
            footer = ExitCodes.FOOTER)
    static final class Analyze implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--docs", paramLabel = "N", defaultValue = "10000", description = "Articles. Default: ${DEFAULT-VALUE}.")
        int docs;

        @Option(names = "--keep", paramLabel = "DIR", description = {"Write the corpus to DIR/articles and the outputs",
                "to DIR/out and keep them (default: a temporary folder, deleted)."})
        Path keep;

        @CommandLine.Mixin
        PlantedCorpusOptions corpusOptions;

        @Override
        public Integer call() throws Exception {
            if (docs < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--docs must be at least 2");
            }
            Path source = corpusOptions.dataFolder(spec.commandLine());
            AnalyzeBenchmark.Result result = AnalyzeBenchmark.run(PlantedCorpus.fromSharedData(source), docs, corpusOptions.seed, keep,
                    (input, out) -> {
                        java.io.StringWriter printed = new java.io.StringWriter();
                        CommandLine analyze = new CommandLine(new AnalyzeCommand());
                        analyze.setOut(new java.io.PrintWriter(printed, true));
                        analyze.setErr(spec.commandLine().getErr());
                        int code = analyze.execute(input.toString(), "--no-nlp", "--out", out.toString());
                        return new AnalyzeBenchmark.Outcome(code, printed.toString());
                    });
            spec.commandLine().getOut().println(result.toJson());
            return ExitCodes.OK;
        }
    }

    /** A benchmark over a folder of .txt articles that parses them into a fresh, temporary parse cache. */
    abstract static class FolderBenchmark implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of .txt articles.")
        Path folder;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "1000000", description = "At most N articles.")
        int limit;

        @Option(names = "--threads", paramLabel = "N", description = "Threads. Default: the number of cores.")
        Integer threads;

        /** Runs the benchmark and returns its JSON line. */
        abstract String run(List<Document> texts, int threads, Path cache) throws Exception;

        @Override
        public Integer call() throws Exception {
            Path texts = folder != null ? folder : DataPaths.sharedData().map(d -> d.resolve("polnear/dev/text"))
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no shared/data found; give DIR"));
            Path cache = java.nio.file.Files.createTempDirectory("echotrace-bench-cache");
            try {
                spec.commandLine().getOut().println(run(NlpBenchmark.texts(texts, limit),
                        NlpOptions.threadsOrCores(threads), cache));
                return ExitCodes.OK;
            } finally {
                org.echotrace.bench.TempFiles.deleteTree(cache);
            }
        }
    }

    @Command(name = "nlp", mixinStandardHelpOptions = true,
            description = {"Parses a folder of .txt articles (default: PolNeAR dev in shared/data) with no cache",
                    "and reports tokens/s on N threads and peak heap (model load timed apart), then the time of a",
                    "full language-stage re-run from the parse cache it filled."},
            footer = ExitCodes.FOOTER)
    static final class Nlp extends FolderBenchmark {
        @Override
        String run(List<Document> texts, int threads, Path cache) throws Exception {
            return NlpBenchmark.run(texts, threads, cache).toJson();
        }
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = {"Runs a full analyze of a folder of .txt articles (default: PolNeAR dev) from a cold",
                    "parse cache, then the claims stage alone on the same articles; reports statements/s, the",
                    "claims stage's share of the analyze time and its peak heap."},
            footer = ExitCodes.FOOTER)
    static final class Claims extends FolderBenchmark {
        @Override
        String run(List<Document> texts, int threads, Path cache) throws Exception {
            return ClaimsBenchmark.run(texts, threads, cache).toJson();
        }
    }

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Fills stores of the given sizes from a planted corpus (NLP off), reports ingest",
                    "articles/s, then checks new articles against each store (median and p99 latency); then",
                    "ingests real articles with NLP on (PolNeAR dev texts) for the rate with parsing."},
            footer = ExitCodes.FOOTER)
    static final class Store implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--sizes", paramLabel = "N,N", split = ",", defaultValue = "10000,100000",
                description = "Store sizes in articles. Default: ${DEFAULT-VALUE}.")
        List<Integer> sizes;

        @Option(names = "--checks", paramLabel = "N", defaultValue = "200", description = "Articles checked per size.")
        int checks;

        @Option(names = "--nlp-articles", paramLabel = "N", defaultValue = "20",
                description = "Real articles ingested with NLP on (0 to skip). Default: ${DEFAULT-VALUE}.")
        int nlpArticles;

        @CommandLine.Mixin
        PlantedCorpusOptions corpusOptions;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
                description = {"First fill and check a scratch store of N other articles (another seed), so that the",
                        "sizes measure a running ingest rather than the JIT compiler's first minute. Default: ${DEFAULT-VALUE}."})
        int warmup;

        @Override
        public Integer call() throws Exception {
            Path shared = corpusOptions.dataFolder(spec.commandLine());
            PlantedCorpus generator = PlantedCorpus.fromSharedData(shared);
            if (warmup > 0) {
                spec.commandLine().getErr().println("warm-up: " + Json.of(StoreBenchmark.size(generator, warmup, checks, corpusOptions.seed + 1)));
            }
            List<StoreBenchmark.SizeResult> results = new java.util.ArrayList<>();
            for (int size : sizes) {
                results.add(StoreBenchmark.size(generator, size, checks, corpusOptions.seed));
                spec.commandLine().getErr().println("size " + size + ": " + Json.of(results.get(results.size() - 1)));
            }
            StoreBenchmark.NlpIngest nlp = nlpArticles <= 0 ? null : StoreBenchmark.withLanguage(
                    NlpBenchmark.texts(shared.resolve("polnear/dev/text"), nlpArticles), NlpOptions.threadsOrCores(null));
            spec.commandLine().getOut().println(new StoreBenchmark.Result(results, nlp,
                    org.echotrace.store.StoreConfig.defaults()).toJson());
            return ExitCodes.OK;
        }
    }
}
