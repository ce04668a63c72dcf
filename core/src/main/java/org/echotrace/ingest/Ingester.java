package org.echotrace.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.echotrace.Progress;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;

/**
 * Reads news articles from files, folders and standard input into cleaned {@link Document}s.
 * Formats: plain text, HTML, JSON Lines and WARC, told by extension or, failing that, by content.
 * Nothing that is wrong with an input stops the others: each problem becomes one {@link Diagnostic}.
 */
public final class Ingester {
    private final IngestOptions options;
    private final ByteLoader loader;
    private final TextCleaner cleaner = new TextCleaner();
    private final Predicate<String> storedIds;

    public Ingester(IngestOptions options) {
        this(options, id -> false);
    }

    /**
     * @param storedIds whether an id is taken by an article stored already: a repeated id is never renamed
     *                  to one (see {@link IdAssigner})
     */
    public Ingester(IngestOptions options, Predicate<String> storedIds) {
        this.options = Objects.requireNonNull(options, "options");
        this.loader = new ByteLoader(options.maxBytes());
        this.storedIds = Objects.requireNonNull(storedIds, "storedIds");
    }

    /**
     * @param inputs   files, folders (read recursively in sorted order, hidden files skipped), or "-" for
     *                 standard input (its format told by content)
     * @param stdin    standard input, read only when an input is "-"
     * @param progress told after each file as stage {@code "read"}
     */
    public IngestResult read(List<String> inputs, InputStream stdin, Progress progress) {
        Progress report = progress == null ? Progress.NONE : progress;
        List<Diagnostic> problems = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<InputItem> items = InputCollector.collect(inputs, problems);
        IdAssigner ids = new IdAssigner(storedIds);
        report.update("read", 0, items.size());
        for (int i = 0; i < items.size(); i++) {
            InputItem item = items.get(i);
            ProblemLog log = new ProblemLog(item.name(), options.maxProblemsPerFile(), problems);
            readGuarded(() -> loader.load(item, stdin), log, ids, documents);
            report.update("read", i + 1, items.size());
        }
        return new IngestResult(documents, problems);
    }

    /** Reads {@code content} as if it were a file called {@code name}; its extension decides the format. */
    public IngestResult readString(String name, String content) {
        return readBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads {@code bytes} as if they were a file called {@code name} (its extension, else the content,
     * decides the format): how a distributed job reads one file it has fetched itself. Ids are unique
     * within this one input only.
     */
    public IngestResult readBytes(String name, byte[] bytes) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        ProblemLog log = new ProblemLog(name, options.maxProblemsPerFile(), problems);
        readGuarded(() -> {
            if (bytes.length > options.maxBytes()) {
                throw new InputProblem("content is " + ByteLoader.describeSize(bytes.length)
                        + ", larger than the limit of " + ByteLoader.describeSize(options.maxBytes()) + " (maxBytes)");
            }
            return Gzip.unwrap(new LoadedInput(name, fileNameOf(name), bytes), options.maxBytes());
        }, log, new IdAssigner(storedIds), documents);
        return new IngestResult(documents, problems);
    }

    /** Something that loads one input's bytes, or says why it cannot. */
    @FunctionalInterface
    private interface Loading {
        LoadedInput load() throws InputProblem;
    }

    /** Reads one input; whatever goes wrong becomes a problem of that input, never an exception. */
    private void readGuarded(Loading loading, ProblemLog log, IdAssigner ids, List<Document> documents) {
        try {
            readInput(loading.load(), log, ids, documents);
        } catch (InputProblem e) {
            log.add(null, e.reason());
        } catch (RuntimeException e) {
            log.add(null, "could not be read: " + InputProblem.brief(e));
        } finally {
            log.finish();
        }
    }

    private void readInput(LoadedInput input, ProblemLog log, IdAssigner ids, List<Document> documents)
            throws InputProblem {
        for (RawArticle raw : formatReader(FormatSniffer.formatOf(input)).read(input, log)) {
            Document document = cleaner.clean(raw);
            if (document.text().isBlank()) {
                log.add(raw.location(), "no text left after cleaning (everything was boilerplate)");
            } else {
                Document unique = ids.assign(document, log, raw.location());
                if (unique != null) {
                    documents.add(unique);
                }
            }
        }
    }

    private ArticleFormat formatReader(Format format) {
        return switch (format) {
            case TEXT -> new PlainTextFormat();
            case HTML -> new HtmlFormat();
            case JSONL -> new JsonLinesFormat();
            case WARC -> new WarcFormat(options.maxBytes());
        };
    }

    private static String fileNameOf(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
