package org.echotrace.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.echotrace.Progress;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.cli.ExitCodes;
import org.echotrace.cli.ReuseOptions;
import org.echotrace.cli.StoryOptions;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestResult;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.IngestOutcome;
import org.echotrace.store.Intake;
import org.echotrace.store.StoreConfig;
import org.echotrace.store.StoreStats;
import org.echotrace.text.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echotrace ingest}: add articles to a store, each matched against what is stored already. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
                "Adds articles to a store (created if missing). Each is matched against everything stored:",
                "the passages it shares, the story it joins; with NLP on, its entities, attributions and labels",
                "are kept too, and the claim groups of every story it changes are made again. The same id with",
                "the same text changes nothing; a changed text replaces the old.",
                "Articles are committed in batches; an article is acknowledged (with --list) only once durable.",
                "Inputs as for analyze."
        },
        footer = ExitCodes.FOOTER)
final class IngestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputOptions input;

    @CommandLine.Mixin
    StoreOptions storeOptions;

    @CommandLine.Mixin
    ReuseOptions reuseOptions;

    @CommandLine.Mixin
    StoryOptions storyOptions;

    @CommandLine.Mixin
    NlpOptions nlpOptions;

    @Option(names = "--no-nlp", description = "Store text, reuse and stories only (much faster).")
    boolean noNlp;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
            description = "Articles per commit. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--list", description = "Print one line per article once it is durable: status, id, story, reuse.")
    boolean list;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        TerminalProgress progress = TerminalProgress.create(err);
        Progress shown = input.progress(progress);
        StoreConfig fresh = StoreConfig.of(reuseOptions.settings(spec.commandLine()),
                storyOptions.settings(spec.commandLine()));
        int[] counts = new int[IngestOutcome.Status.values().length];
        IngestResult read;
        try (ArticleStore store = ArticleStore.openForWriting(storeOptions.store, fresh)) {
            // read once the store is open: a repeated id must not be renamed to an id it holds
            read = input.read(err, progress, store::holds);
            if (read.documents().isEmpty()) {
                return ExitCodes.NO_INPUT;
            }
            LanguageAnalyzer language = noNlp ? null : nlpOptions.analyzer(store.directory());
            if (language != null) {
                store.analyzeStoriesWith(nlpOptions.withLanguageAndClaims(
                        new AnalysisPipeline(store.config().reuse(), store.config().stories()), language));
            }
            Intake intake = new Intake(store, language, nlpOptions.threads());
            List<Document> documents = read.documents();
            for (int from = 0; from < documents.size(); from += batch) {
                List<Document> part = documents.subList(from, Math.min(documents.size(), from + batch));
                Intake.BatchResult result = intake.add(part, shown, outcome -> {
                    counts[outcome.status().ordinal()]++;
                    if (list) {
                        out.println(line(outcome));
                        out.flush();
                    }
                });
                progress.finish();
                result.problems().forEach(p -> err.println("echotrace: " + p));
            }
            if (!input.quiet) {
                StoreStats stats = store.stats();
                out.printf("%d added, %d replaced, %d unchanged; the store %s holds %d articles, %d stories,"
                                + " %d reuse pairs%n", counts[0], counts[1], counts[2],
                        store.directory().toAbsolutePath().normalize(), stats.articles(), stats.stories(),
                        stats.reusePairs());
            }
        }
        return input.exitCode(read);
    }

    /** {@code added ID story S reuse A,B}: one durable article, for people and scripts; ids escaped for the terminal. */
    static String line(IngestOutcome outcome) {
        return TerminalText.escape(rawLine(outcome));
    }

    private static String rawLine(IngestOutcome outcome) {
        StringBuilder line = new StringBuilder()
                .append(outcome.status().name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                .append(outcome.document()).append(" story ").append(outcome.story())
                .append(outcome.newStory() ? " (new)" : "");
        if (!outcome.reuse().isEmpty()) {
            line.append(" reuse ");
            line.append(String.join(",", outcome.reuse().stream()
                    .map(p -> p.a().equals(outcome.document()) ? p.b() : p.a()).toList()));
        }
        return line.toString();
    }
}
