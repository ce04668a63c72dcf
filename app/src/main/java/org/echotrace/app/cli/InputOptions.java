package org.echotrace.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Predicate;
import org.echotrace.Progress;
import org.echotrace.cli.MaxSizeOption;
import org.echotrace.cli.ExitCodes;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.IngestResult;
import org.echotrace.ingest.Ingester;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The articles a command reads, and how strictly: shared by analyze and ingest. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or '-' for standard input.")
    List<String> inputs;

    @Mixin
    MaxSizeOption maxSize;

    @Option(names = "--strict", description = "Exit with status " + ExitCodes.INPUT_PROBLEMS
            + " when any input could not be read.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; errors are still printed.")
    boolean quiet;

    /** The progress to show: none when quiet. */
    Progress progress(TerminalProgress terminal) {
        return quiet ? Progress.NONE : terminal;
    }

    /** Reads the inputs, printing one line per item skipped; empty documents when nothing could be read. */
    IngestResult read(PrintWriter err, TerminalProgress progress) {
        return read(err, progress, id -> false);
    }

    /**
     * As {@link #read(PrintWriter, TerminalProgress)}, for a store holding the ids {@code storedIds} accepts:
     * an article whose id repeats one of the run is never renamed to one of them.
     */
    IngestResult read(PrintWriter err, TerminalProgress progress, Predicate<String> storedIds) {
        IngestResult read = new Ingester(new IngestOptions(maxSize.bytes(), IngestOptions.defaults().maxProblemsPerFile()),
                storedIds).read(inputs, System.in, progress(progress));
        progress.finish();
        read.problems().forEach(p -> err.println("echotrace: skipped " + p));
        if (!quiet) {
            read.notes().forEach(n -> err.println("echotrace: note: " + n));
        }
        if (read.documents().isEmpty()) {
            err.println("echotrace: no article could be read from " + String.join(" ", inputs));
        }
        return read;
    }

    /** The exit status once the work is done: input problems (skips, not notes) count only with --strict. */
    int exitCode(IngestResult read) {
        return strict && !read.problems().isEmpty() ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
    }
}
