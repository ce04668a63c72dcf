package org.echotrace.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.echotrace.Progress;
import org.echotrace.analysis.Analyzer;
import org.echotrace.app.render.ReportFiles;
import org.echotrace.cli.ExitCodes;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.store.ArticleStore;
import org.echotrace.text.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echotrace report}: the analyze report for one stored story. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
                "Writes the same self-contained report as analyze (report.html, report.json, reuse.csv,",
                "provenance.gexf) for one story of a store. Works while another process ingests."
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

    @CommandLine.Mixin
    NlpOptions nlpOptions;

    @Option(names = "--no-nlp", description = "Reuse and stories only: no entities, attributions, timeline or labels.")
    boolean noNlp;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ArticleStore store = ArticleStore.openForReading(storeOptions.store)) {
            // the story and its articles from one commit
            List<Document> documents = store.read(reader -> reader.story(storyId).map(story -> {
                List<Document> members = new ArrayList<>();
                story.documents().forEach(id -> reader.article(id).ifPresent(a -> members.add(a.document())));
                return members;
            }).orElse(null));
            if (documents == null) {
                err.println(TerminalText.escape("echotrace: the store " + storeOptions.store + " has no story " + storyId
                        + " (echotrace export lists them in stories.jsonl)"));
                return ExitCodes.NO_INPUT;
            }
            Analyzer analyzer = new Analyzer(store.config().reuse(), store.config().stories());
            if (!noNlp) {
                analyzer = nlpOptions.withLanguageAndClaims(analyzer, nlpOptions.analyzer(store.directory()));
            }
            Report report = analyzer.analyze(documents, List.of(), Progress.NONE);
            Files.createDirectories(out);
            List<Path> written = ReportFiles.writeAll(report, out);
            stdout.println("Report: " + written.get(0).toAbsolutePath().normalize());
        }
        return ExitCodes.OK;
    }
}
