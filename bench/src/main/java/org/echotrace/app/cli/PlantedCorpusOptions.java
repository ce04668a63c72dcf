package org.echotrace.app.cli;

import java.nio.file.Path;
import org.echotrace.bench.DataPaths;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The planted corpus benchmarks' shared options: the random seed and the folder of real texts they build from. */
final class PlantedCorpusOptions {

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared data folder (real texts for the planted corpus; default: shared/data found upwards).")
    Path data;

    /** The data folder given, or the shared/data found upwards; a usage error when there is none. */
    Path dataFolder(CommandLine commandLine) {
        return data != null ? data : DataPaths.sharedData().orElseThrow(() ->
                new CommandLine.ParameterException(commandLine, "no shared/data folder found; give --data DIR"));
    }
}
