package org.echotrace.bench.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.regressions.Regression;
import org.echotrace.bench.regressions.Regressions;
import org.echotrace.bench.regressions.Run;
import org.echotrace.bench.regressions.ScoreUpdate;

/**
 * The expected scores of {@link TestEvaluation}'s runs, from bench/regressions. With
 * {@code -Dregressions.update=true} a measured run is written into its YAML instead of checked (after a
 * merge that moved scores; then regenerate the page's tables, bench/regressions/README.md).
 */
final class Expected {

    private Expected() {
    }

    /** The regression's data set under shared/data; the test is skipped when it is not there. */
    static Path data(Regression regression) {
        Optional<Path> dir = DataPaths.sharedData().map(d -> d.resolve(regression.data())).filter(Files::isDirectory);
        assumeTrue(dir.isPresent(), "shared/data/" + regression.data() + " not found next to the project; skipped");
        return dir.get();
    }

    /** Fails naming every score of the run that the measured JSON line misses. */
    static void holds(Regression regression, Run run, String measuredJson) throws IOException {
        System.out.println(measuredJson);
        if (Boolean.getBoolean("regressions.update")) {
            Path file = Regressions.file(regression.name());
            Files.writeString(file, ScoreUpdate.rewrite(Files.readString(file), run.name(), measuredJson));
            return;
        }
        List<String> misses = run.misses(measuredJson);
        assertTrue(misses.isEmpty(), "bench/regressions/" + regression.name() + ".yaml, run \"" + run.name()
                + "\" (" + regression.commandOf(run) + "):\n  " + String.join("\n  ", misses) + "\nmeasured: " + measuredJson);
    }
}
