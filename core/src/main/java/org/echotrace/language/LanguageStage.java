package org.echotrace.language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.echotrace.Progress;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;

/**
 * Runs a {@link LanguageAnalyzer} over every document on a few threads (parsing is the slowest stage,
 * and documents are independent). A document the analyzer fails on gets a diagnostic and an empty
 * result; the others go on.
 */
public final class LanguageStage {

    /** The per-document results, in document order, and the documents that failed. */
    public record Result(List<DocumentLanguage> languages, List<Diagnostic> problems) {
        public Result {
            languages = List.copyOf(languages);
            problems = List.copyOf(problems);
        }
    }

    private final LanguageAnalyzer analyzer;
    private final Function<Document, LocalDate> referenceDate;
    private final int threads;

    public LanguageStage(LanguageAnalyzer analyzer, Function<Document, LocalDate> referenceDate, int threads) {
        this.analyzer = analyzer;
        this.referenceDate = referenceDate;
        this.threads = Math.max(1, threads);
    }

    public Result run(List<Document> documents, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "echotrace-language");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicLong done = new AtomicLong();
            progress.update("language", 0, documents.size());
            List<Future<DocumentLanguage>> futures = new ArrayList<>();
            for (Document document : documents) {
                futures.add(pool.submit(() -> {
                    DocumentLanguage language = analyzer.analyze(document, referenceDate.apply(document));
                    progress.update("language", done.incrementAndGet(), documents.size());
                    return language;
                }));
            }
            return collect(documents, futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result collect(List<Document> documents, List<Future<DocumentLanguage>> futures) {
        List<DocumentLanguage> languages = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            try {
                languages.add(futures.get(i).get());
            } catch (ExecutionException e) {
                problems.add(Diagnostic.of(document.source(), "language analysis failed, document kept without it: "
                        + e.getCause()));
                languages.add(DocumentLanguage.empty(document.id()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during language analysis", e);
            }
        }
        return new Result(languages, problems);
    }
}
