package org.echotrace.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The bench module's entry point: the whole echotrace command with the real {@code eval} and {@code bench}
 * in place of app's stand-ins. The launcher runs it for {@code ./echotrace eval ...} and {@code ./echotrace
 * bench ...} ({@code bench spark} runs from the spark module). Its classes keep app's package, so that they
 * use app's option mixins and {@code analyze} itself without app widening them.
 */
public final class EchotraceBench {

    private EchotraceBench() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The CLI with eval and bench, wired to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return Echotrace.commandLine(out, err, new EvalCommand(), new BenchCommand());
    }
}
