package org.echotrace.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.echotrace.Version;
import org.echotrace.app.render.ReportFiles;
import org.echotrace.cli.ExitCodes;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.outlets.OutletGraphBuilder;
import org.echotrace.report.ReportJson;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoreReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echotrace export}: everything in a store as JSONL, CSV and GEXF. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
                "Writes everything in a store: articles.jsonl (one article per line, as analyze reads them,",
                "with its story and language annotations), stories.jsonl, reuse.csv, provenance.gexf,",
                "outlets.csv and outlets.gexf (who copies whom, one level above the articles).",
                "Works while another process ingests (it exports the last commit)."
        },
        footer = ExitCodes.FOOTER)
final class ExportCommand implements Callable<Integer> {

    static final String ARTICLES = "articles.jsonl";
    static final String STORIES = "stories.jsonl";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "echotrace-export",
            description = "Output folder (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        ObjectMapper json = ReportJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);
        Optional<String> badOut = OutputFolder.prepare("--out", out);
        if (badOut.isPresent()) {
            spec.commandLine().getErr().println("echotrace: " + badOut.get());
            return ExitCodes.USAGE;
        }
        try (ArticleStore store = ArticleStore.openForReading(storeOptions.store)) {
            // one commit for stories, articles and pairs: an ingest committing meanwhile changes none of them
            Report all = store.read(reader -> export(reader, store, json));
            ReportFiles.writeTables(all, out);
            stdout.printf("%d articles, %d stories, %d reuse pairs written to %s%n", all.documents().size(),
                    all.stories().size(), all.reuse().size(), out.toAbsolutePath().normalize());
        }
        return ExitCodes.OK;
    }

    /** Writes the JSON Lines files from one commit and returns everything else the tables need. */
    private Report export(StoreReader reader, ArticleStore store, ObjectMapper json) {
        try (BufferedWriter articles = Files.newBufferedWriter(out.resolve(ARTICLES), StandardCharsets.UTF_8);
             BufferedWriter storyLines = Files.newBufferedWriter(out.resolve(STORIES), StandardCharsets.UTF_8)) {
            Map<String, String> storyOf = new HashMap<>();
            List<Story> stories = new ArrayList<>();
            reader.forEachStory(story -> {
                stories.add(story);
                story.documents().forEach(id -> storyOf.put(id, story.id()));
            });
            for (Story story : stories) {
                storyLines.write(json.writeValueAsString(story));
                storyLines.newLine();
            }
            List<Document> documents = new ArrayList<>();
            reader.forEachArticle(article -> {
                documents.add(article.document());
                ObjectNode line = json.valueToTree(article.document());
                line.put("story", storyOf.get(article.document().id()));
                line.set("language", json.valueToTree(article.language()));
                line.put("sequence", article.sequence());
                try {
                    articles.write(json.writeValueAsString(line));
                    articles.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            List<ReusePair> reuse = new ArrayList<>();
            reader.forEachPair(reuse::add);
            return new Report(Version.generator(),
                    AnalysisSettings.withoutClaims(store.config().reuse(), store.config().stories()),
                    documents, reuse, stories, List.of())
                    .withOutlets(new OutletGraphBuilder(store.config().reuse().minWords()).build(documents, reuse, stories));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
