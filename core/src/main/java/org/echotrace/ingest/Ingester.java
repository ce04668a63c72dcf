package org.echotrace.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.echotrace.Progress;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.domain.Location;

/**
 * Reads news articles from files, folders and standard input into cleaned {@link Document}s.
 * Formats: plain text, HTML, JSON Lines and WARC, told by extension or, failing that, by content.
 * Nothing that is wrong with an input stops the others: each problem becomes one {@link Diagnostic}, and
 * no input makes a reader throw. Container files (JSON Lines, WARC) are read as streams whatever their
 * size; one article (a page, a line, a record) is bounded by {@link IngestOptions#maxBytes()}.
 */
public final class Ingester {
    private final IngestOptions options;
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
        this.storedIds = Objects.requireNonNull(storedIds, "storedIds");
    }

    /**
     * Reads every input and holds the documents, up to {@link IngestOptions#maxHeldChars()} characters of
     * text in all: past that, the rest is reported skipped rather than exhausting the heap.
     *
     * @param inputs   files, folders (read recursively in sorted order, hidden files skipped), or "-" for
     *                 standard input (its format told by content)
     * @param stdin    standard input, read only when an input is "-"
     * @param progress told after each file as stage {@code "read"}
     */
    public IngestResult read(List<String> inputs, InputStream stdin, Progress progress) {
        List<Document> documents = new ArrayList<>();
        IngestResult outcome = readAll(inputs, stdin, progress, holding(documents), true);
        return new IngestResult(documents, outcome.problems(), outcome.notes());
    }

    /**
     * Reads every input, handing each document to {@code sink} as soon as it is read and holding none:
     * for a caller that stores or counts documents as they come.
     *
     * @return the problems and notes; its document list is empty
     */
    public IngestResult stream(List<String> inputs, InputStream stdin, Progress progress, DocumentSink sink) {
        return readAll(inputs, stdin, progress, sink, false);
    }

    /**
     * @param ahead whether files may be read and cleaned on the other cores ahead of their turn (their
     *              documents are held meanwhile); the result is the same either way
     */
    private IngestResult readAll(List<String> inputs, InputStream stdin, Progress progress, DocumentSink sink,
                                 boolean ahead) {
        Progress report = progress == null ? Progress.NONE : progress;
        Run run = new Run(sink);
        List<InputItem> items = InputCollector.collect(inputs, run.problems);
        IdAssigner ids = new IdAssigner(storedIds);
        report.update("read", 0, items.size());
        ReadAhead pending = ahead && items.size() > 1 ? new ReadAhead(items, item -> recorded(item, stdin)) : null;
        try {
            for (int i = 0; i < items.size(); i++) {
                InputItem item = items.get(i);
                if (pending != null && run.refusal != null) {
                    pending.close(); // nothing more is taken: stop reading ahead
                    pending = null;
                }
                if (pending != null) {
                    replay(item.name(), pending.next(), run, ids);
                } else {
                    readGuarded(item.name(), fileNameOf(item), () -> ByteLoader.sourceOf(item, stdin), run, ids);
                }
                report.update("read", i + 1, items.size());
            }
        } finally {
            if (pending != null) {
                pending.close();
            }
        }
        return new IngestResult(List.of(), run.problems, run.notes);
    }

    private static String fileNameOf(InputItem item) {
        return item.isStdin() ? "stdin" : String.valueOf(item.path().getFileName());
    }

    /** Reads {@code content} as if it were a file called {@code name}; its extension decides the format. */
    public IngestResult readString(String name, String content) {
        return readBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads {@code bytes} as if they were a file called {@code name} (its extension, else the content,
     * decides the format). Ids are unique within this one input only.
     */
    public IngestResult readBytes(String name, byte[] bytes) {
        return readSource(name, InputSource.of(bytes));
    }

    /**
     * Reads a stream as if it were a file called {@code name}, without holding more than one article of it
     * at a time: how a distributed job reads a file it opened itself. The stream is read, not closed.
     */
    public IngestResult readStream(String name, InputStream content) {
        return readSource(name, InputSource.once(content));
    }

    /**
     * Cleans one article a caller built itself ({@link RawArticle#given}), as a reader's article is cleaned:
     * the same size limit, cleaning and inference; problems name {@code raw.source()}.
     */
    public IngestResult read(RawArticle raw) {
        return readOne(raw.source(), null, log -> raw);
    }

    /**
     * Reads one JSON article object (its fields as in a JSON Lines file) as if it were the first line of a file
     * called {@code name}: the same article, id and problems as that file would give, without writing the
     * object out as a line to read it back.
     */
    public IngestResult readObject(String name, JsonNode record) {
        Location first = Location.line(1);
        return readOne(name, first,
                log -> JsonLinesFormat.article(name, LoadedInput.stemOf(fileNameOf(name)), first, record, log));
    }

    /** Something that makes the one article of an input, or says why it cannot. */
    @FunctionalInterface
    private interface Making {
        RawArticle make(ProblemLog log) throws InputProblem;
    }

    /** One article made, bounded, cleaned and admitted; whatever goes wrong is a problem at {@code location}. */
    private IngestResult readOne(String file, Location location, Making making) {
        List<Document> documents = new ArrayList<>();
        Run run = new Run(holding(documents));
        ProblemLog log = new ProblemLog(file, options.maxProblemsPerFile(), run.problems, run.notes);
        try {
            RawArticle raw = making.make(log);
            if (raw.text().getBytes(StandardCharsets.UTF_8).length > options.maxBytes()) {
                log.add(location, "text is larger than the limit of " + ByteLoader.describeSize(options.maxBytes())
                        + " (maxBytes)");
            } else {
                Document document = cleaned(raw, log);
                if (document != null) {
                    admit(document, location, log, new IdAssigner(storedIds), run);
                }
            }
        } catch (InputProblem e) {
            log.add(location, e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            log.add(location, "could not be read: " + InputProblem.brief(e));
        }
        log.finish();
        return new IngestResult(documents, run.problems, run.notes);
    }

    private IngestResult readSource(String name, InputSource source) {
        List<Document> documents = new ArrayList<>();
        Run run = new Run(holding(documents));
        readGuarded(name, fileNameOf(name), () -> source, run, new IdAssigner(storedIds));
        return new IngestResult(documents, run.problems, run.notes);
    }

    /** A sink that holds documents up to the run's limit of text. */
    private DocumentSink holding(List<Document> documents) {
        long[] held = {0};
        return document -> {
            held[0] += document.text().length();
            if (held[0] > options.maxHeldChars()) {
                return Optional.of("not read, nor any article after it: this run already holds "
                        + (held[0] - document.text().length()) + " characters of text, its limit (maxHeldChars,"
                        + " a share of the Java heap); read fewer inputs at a time or give Java more memory (-Xmx)");
            }
            documents.add(document);
            return Optional.empty();
        };
    }

    /** What one read gathers; {@code refusal} is set once the sink takes no more. */
    private static final class Run {
        final DocumentSink sink;
        final List<Diagnostic> problems = new ArrayList<>();
        final List<Diagnostic> notes = new ArrayList<>();
        String refusal;

        Run(DocumentSink sink) {
            this.sink = sink;
        }
    }

    /** Something that finds where one input's bytes come from, or says why it cannot. */
    @FunctionalInterface
    private interface Opening {
        InputSource open() throws InputProblem;
    }

    /** Reads one input; whatever goes wrong becomes a problem of that input, never an exception. */
    private void readGuarded(String source, String fileName, Opening opening, Run run, IdAssigner ids) {
        ProblemLog log = new ProblemLog(source, options.maxProblemsPerFile(), run.problems, run.notes);
        if (run.refusal != null) {
            log.add(null, run.refusal);
            log.finish();
            return;
        }
        readInto(log, fileName, opening, raw -> {
            Document document = cleaned(raw, log);
            return document == null || admit(document, raw.location(), log, ids, run);
        });
    }

    /** One input read and cleaned on its own, for {@link #replay} in its turn. */
    private RecordingLog recorded(InputItem item, InputStream stdin) {
        RecordingLog log = new RecordingLog(item.name());
        readInto(log, fileNameOf(item), () -> ByteLoader.sourceOf(item, stdin), raw -> {
            Document document = cleaned(raw, log);
            if (document != null) {
                log.document(document, raw.location());
            }
            return true;
        });
        return log;
    }

    /** What {@link #readGuarded} does with an input, from what {@link #recorded} found in it. */
    private void replay(String source, RecordingLog read, Run run, IdAssigner ids) {
        ProblemLog log = new ProblemLog(source, options.maxProblemsPerFile(), run.problems, run.notes);
        if (run.refusal != null) {
            log.add(null, run.refusal);
            log.finish();
            return;
        }
        for (RecordingLog.Event event : read.events()) {
            if (event.document() != null) {
                if (!admit(event.document(), event.location(), log, ids, run)) {
                    break; // the reader stops at a refusal: nothing it found after counts
                }
            } else if (event.problem()) {
                log.add(event.location(), event.text());
            } else {
                log.note(event.location(), event.text());
            }
        }
        log.finish();
    }

    /** Opens and reads one input into {@code articles}; whatever goes wrong is logged, never thrown. */
    private void readInto(ProblemLog log, String fileName, Opening opening, ArticleFormat.ArticleSink articles) {
        try (OpenedInput input = OpenedInput.open(log.file(), fileName, opening.open())) {
            formatReader(FormatSniffer.formatOf(input)).read(input, log, articles);
        } catch (InputProblem e) {
            log.add(null, e.reason());
        } catch (IOException e) {
            log.add(null, ByteLoader.describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in a parser must cost this input only, never the run
            log.add(null, "could not be read: " + InputProblem.brief(e));
        } finally {
            log.finish();
        }
    }

    /** One article cleaned; null, with the problem logged, when no text is left. */
    private Document cleaned(RawArticle raw, ProblemLog log) {
        Document document = cleaner.clean(raw);
        if (document.text().isBlank()) {
            log.add(raw.location(), "no text left after cleaning (everything was boilerplate)");
            return null;
        }
        return document;
    }

    /** Hands a cleaned article on under a unique id; false when the sink takes no more. */
    private boolean admit(Document document, Location location, ProblemLog log, IdAssigner ids, Run run) {
        Document unique = ids.assign(document, log, location);
        if (unique == null) {
            return true; // the same article sent twice in this run: read once
        }
        Optional<String> refused = run.sink.offer(unique);
        if (refused.isPresent()) {
            run.refusal = refused.get();
            log.add(location, run.refusal);
            return false;
        }
        return true;
    }

    private ArticleFormat formatReader(Format format) {
        return switch (format) {
            case TEXT -> new PlainTextFormat(options.maxBytes());
            case HTML -> new HtmlFormat(options.maxBytes());
            case JSONL -> new JsonLinesFormat(options.maxBytes());
            case WARC -> new WarcFormat(options.maxBytes());
        };
    }

    private static String fileNameOf(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
