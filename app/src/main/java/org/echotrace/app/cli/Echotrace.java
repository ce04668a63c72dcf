package org.echotrace.app.cli;

import java.io.PrintWriter;
import org.echotrace.Version;
import org.echotrace.cli.ExitCodes;
import org.echotrace.text.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code echotrace} command: lists the subcommands, one class each.
 */
@Command(
        name = "echotrace",
        mixinStandardHelpOptions = true,
        versionProvider = Echotrace.VersionProvider.class,
        description = "Traces where a news story's words and claims come from: which passages were copied "
                + "from which report, and which reports are the same story.",
        subcommands = {
                AnalyzeCommand.class,
                IngestCommand.class,
                StoreReportCommand.class,
                ExportCommand.class,
                ServeCommand.class
        },
        footer = ExitCodes.FOOTER)
public final class Echotrace implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The CLI wired to the given streams, so tests can read its output and exit status. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new BenchModuleStandIns.Eval(), new BenchModuleStandIns.Bench());
    }

    /**
     * As {@link #commandLine(PrintWriter, PrintWriter)}, with these commands as {@code eval} and {@code bench}:
     * the bench module passes its real ones, app its stand-ins. Added before the streams are set, which
     * picocli hands only to the subcommands present.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Object eval, Object bench) {
        CommandLine cli = new CommandLine(new Echotrace());
        cli.addSubcommand(eval).addSubcommand(bench).addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("echotrace: " + TerminalText.escape(e instanceof java.io.IOException io
                    ? OutputFolder.reason(io) : e.getMessage()));
            return e instanceof org.echotrace.store.StoreException ? ExitCodes.STORE_UNAVAILABLE : ExitCodes.SOFTWARE;
        });
        return cli;
    }

    /** With no subcommand, show what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.generator(), "GPL-3.0-or-later"};
        }
    }
}
