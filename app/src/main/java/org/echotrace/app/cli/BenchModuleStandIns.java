package org.echotrace.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.echotrace.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Stand-ins for {@code eval} and {@code bench}, whose commands live in the bench module: app does not depend
 * on it, so the product carries no evaluation harness, JMH or trainers. They keep both in app's help; the
 * launcher runs the real ones from the bench module's jar ({@code EchotraceBench}).
 */
final class BenchModuleStandIns {

    private BenchModuleStandIns() {
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Scores echotrace against gold-annotated data; prints one JSON line (docs/evaluation.md).",
            footer = ExitCodes.FOOTER)
    static final class Eval extends StandIn {
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Benchmarks of speed, memory and accuracy; each prints one JSON line (docs/benchmarks.md).",
            footer = ExitCodes.FOOTER)
    static final class Bench extends StandIn {
    }

    /** Takes any arguments and says where the command really runs. */
    abstract static class StandIn implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Unmatched
        List<String> arguments;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println("echotrace: " + spec.name() + " runs from the bench module: use the"
                    + " ./echotrace launcher, or java -jar bench/target/echotrace-bench.jar " + spec.name() + " ...");
            return ExitCodes.USAGE;
        }
    }
}
