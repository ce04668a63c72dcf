package org.echotrace.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.app.render.ReportFiles;
import org.echotrace.cli.ExitCodes;
import org.echotrace.cli.ReuseOptions;
import org.echotrace.cli.StoryOptions;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Report;
import org.echotrace.ingest.IngestResult;
import org.echotrace.story.StorySettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    @CommandLine.Mixin
    InputOptions input;

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

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ReuseSettings settings = reuseOptions.settings(spec.commandLine());
        StorySettings storySettings = storyOptions.settings(spec.commandLine());
        Optional<String> badOut = OutputFolder.prepare("--out", out);
        if (badOut.isPresent()) {
            spec.commandLine().getErr().println("echotrace: " + badOut.get());
            return ExitCodes.USAGE;
        }
        TerminalProgress progress = TerminalProgress.create(err);
        IngestResult read = input.read(err, progress);
        if (read.documents().isEmpty()) {
            return ExitCodes.NO_INPUT;
        }
        AnalysisPipeline analyzer = new AnalysisPipeline(settings, storySettings);
        if (!noNlp) {
            analyzer = nlpOptions.withLanguageAndClaims(analyzer, nlpOptions.analyzer());
        }
        Report report = analyzer.analyze(read.documents(), read.problems(), input.progress(progress));
        progress.finish();
        List<Path> written = ReportFiles.writeAll(report, out);
        if (!input.quiet) {
            stdout.printf("%d documents, %d reuse pairs, %d stories, %d entities, %d attributions, %d claims, %d problems%n",
                    report.documents().size(), report.reuse().size(), report.stories().size(),
                    report.entities().size(), report.attributions().size(), report.claims().size(),
                    report.problems().size());
        }
        stdout.println("Report: " + written.get(0).toAbsolutePath().normalize());
        if (!input.quiet) {
            written.subList(1, written.size()).forEach(p -> stdout.println("        " + p.toAbsolutePath().normalize()));
        }
        return input.exitCode(read);
    }
}
