package org.echotrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.echotrace.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The job reads analyze's options as analyze does: a bad value is a usage error before Spark starts. */
class TestSparkJobOptions {

    @TempDir
    Path out;

    @Test
    void aBadValueExitsWithUsage() {
        for (String[] bad : new String[][] {{"--ngram", "1"}, {"--max-size", "ten"}, {"--partitions", "0"},
                {"--story-similarity", "2"}}) {
            assertEquals(ExitCodes.USAGE, run(bad[0], bad[1]), String.join(" ", bad));
        }
    }

    private int run(String option, String value) {
        CommandLine job = new CommandLine(new SparkJobMain());
        job.setErr(new PrintWriter(new StringWriter(), true));
        return job.execute("no-such-input", "--out", out.toString(), option, value);
    }
}
