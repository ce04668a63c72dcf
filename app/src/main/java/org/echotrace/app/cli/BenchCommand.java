package org.echotrace.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.bench.ReuseBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echotrace bench}: measured speed, memory and accuracy on generated corpora. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks on generated corpora with planted reuse; prints one JSON line.",
        subcommands = {BenchCommand.Reuse.class},
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

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--data", paramLabel = "DIR",
                description = "Folder of real texts for the word model (default: shared/data found upwards).")
        Path data;

        @CommandLine.Mixin
        ReuseOptions reuseOptions;

        @Override
        public Integer call() {
            if (docs < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--docs must be at least 2");
            }
            Path source = data != null ? data : DataPaths.sharedData().orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "no shared/data folder found; give --data DIR"));
            PlantedCorpus.Corpus corpus = PlantedCorpus.fromSharedData(source).generate(docs, seed);
            ReuseBenchmark.Result result = ReuseBenchmark.run(corpus, reuseOptions.settings(spec.commandLine()));
            spec.commandLine().getOut().println(result.toJson());
            return ExitCodes.OK;
        }
    }
}
