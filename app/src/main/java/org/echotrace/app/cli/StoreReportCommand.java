package org.echotrace.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.app.FullAnalysis;
import org.echotrace.app.render.ReportFiles;
import org.echotrace.cli.ExitCodes;
import org.echotrace.domain.Report;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoryReport;
import org.echotrace.text.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echotrace report}: the analyze report for one stored story, as the store builds it (see {@link StoryReport}). */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
                "Writes the same self-contained report as analyze (report.html, report.json, reuse.csv,",
                "provenance.gexf) for one story of a store, from what the store kept: its reuse pairs and",
                "each article's language layer (nothing is parsed again). Works while another process ingests."
        },
        footer = ExitCodes.FOOTER)
final class StoreReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOptions storeOptions;

    @Option(names = "--story", required = true, paramLabel = "ID", description = "The story's id (as listed by serve or export).")
    String storyId;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "echotrace-out",
            description = "Output folder (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the sentence model. Default: the number of cores.")
    Integer threads;

    @Option(names = "--no-nlp", description = "Load no sentence model: the claims only as the store kept them,"
            + " when made since the story last changed (an ingest with NLP makes them).")
    boolean noNlp;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ArticleStore store = ArticleStore.openForReading(storeOptions.store)) {
            if (!noNlp) {
                store.analyzeStoriesWith(FullAnalysis.withClaims(
                        new AnalysisPipeline(store.config().reuse(), store.config().stories()), NlpOptions.threadsOrCores(threads)));
            }
            // the story, its articles and its claims from one commit
            Optional<StoryReport> found = store.read(reader -> reader.report(storyId, true));
            if (found.isEmpty()) {
                err.println(TerminalText.escape("echotrace: the store " + storeOptions.store + " has no story " + storyId
                        + " (echotrace export lists them in stories.jsonl)"));
                return ExitCodes.NO_INPUT;
            }
            Files.createDirectories(out);
            List<Path> written = ReportFiles.writeAll(found.get().report(), out);
            stdout.println("Report: " + written.get(0).toAbsolutePath().normalize());
        }
        return ExitCodes.OK;
    }
}
