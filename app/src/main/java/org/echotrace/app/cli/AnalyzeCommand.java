package org.echotrace.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.echotrace.analysis.Analyzer;
import org.echotrace.app.render.ReportFiles;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Report;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.IngestResult;
import org.echotrace.ingest.Ingester;
import org.echotrace.story.StorySettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code echotrace analyze}: read articles, find reuse and stories, write the report files. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
                "Reads news articles, finds the passages they share, groups them into stories, finds entities,",
                "attributions, dates and labels (Stanford CoreNLP; parses cached on disk) and writes",
                "report.json, report.html, reuse.csv and provenance.gexf into the output folder.",
                "",
                "Inputs: .txt, .html/.htm, .jsonl/.ndjson (one article per line), .warc/.warc.gz;",
                "folders are read recursively; '-' reads standard input."
        },
        footer = ExitCodes.FOOTER)
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or '-' for standard input.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "echotrace-out",
            description = "Output folder (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;

    @CommandLine.Mixin
    ReuseOptions reuseOptions;

    @CommandLine.Mixin
    StoryOptions storyOptions;

    @CommandLine.Mixin
    NlpOptions nlpOptions;

    @Option(names = "--no-nlp", description = "Reuse and stories only: no entities, attributions, timeline or labels"
            + " (much faster on large corpora).")
    boolean noNlp;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "10M", converter = ByteSizeConverter.class,
            description = "Skip input files larger than this (e.g. 500k, 10M). Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--strict", description = "Exit with status " + ExitCodes.INPUT_PROBLEMS
            + " when any input could not be read.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; errors are still printed.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        AnalysisSettings settings = reuseOptions.settings(spec.commandLine());
        StorySettings storySettings = storyOptions.settings(spec.commandLine());
        TerminalProgress progress = TerminalProgress.create(err);
        IngestResult read = new Ingester(new IngestOptions(maxBytes, IngestOptions.defaults().maxProblemsPerFile()))
                .read(inputs, System.in, quiet ? org.echotrace.Progress.NONE : progress);
        progress.finish();
        read.problems().forEach(p -> err.println("echotrace: skipped " + p));
        if (read.documents().isEmpty()) {
            err.println("echotrace: no article could be read from " + String.join(" ", inputs));
            return ExitCodes.NO_INPUT;
        }
        Analyzer analyzer = new Analyzer(settings, storySettings);
        if (!noNlp) {
            analyzer = nlpOptions.withLanguageAndClaims(analyzer, nlpOptions.analyzer());
        }
        Report report = analyzer.analyze(read.documents(), read.problems(), quiet ? org.echotrace.Progress.NONE : progress);
        progress.finish();
        Files.createDirectories(out);
        List<Path> written = ReportFiles.writeAll(report, out);
        if (!quiet) {
            stdout.printf("%d documents, %d reuse pairs, %d stories, %d entities, %d attributions, %d claims, %d problems%n",
                    report.documents().size(), report.reuse().size(), report.stories().size(),
                    report.entities().size(), report.attributions().size(), report.claims().size(),
                    report.problems().size());
        }
        stdout.println("Report: " + written.get(0).toAbsolutePath().normalize());
        if (!quiet) {
            written.subList(1, written.size()).forEach(p -> stdout.println("        " + p.toAbsolutePath().normalize()));
        }
        return strict && !read.problems().isEmpty() ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
    }
}
