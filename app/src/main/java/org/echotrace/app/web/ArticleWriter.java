package org.echotrace.app.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.Intake;

/**
 * The server's way into the store: every posted article goes through {@link Intake}, as with the
 * command line's ingest, and a request is answered only after the commit that made its articles durable.
 * With NLP on, the analyzer's CoreNLP pipeline loads on the first write (about 15 s and 1 GB), not at
 * start: most requests (pages, search, checks) never need it.
 */
public final class ArticleWriter {

    private final ArticleStore store;
    private final Intake intake;
    private final LanguageAnalyzer language;

    /** @param language null to store without NLP */
    public ArticleWriter(ArticleStore store, LanguageAnalyzer language, int threads) {
        this.store = Objects.requireNonNull(store, "store");
        this.intake = new Intake(store, language, threads);
        this.language = language;
    }

    /** The language analyzer articles are stored with, null without NLP. */
    public LanguageAnalyzer language() {
        return language;
    }

    public synchronized Intake.BatchResult add(List<Document> documents) {
        return intake.add(documents, Progress.NONE, outcome -> { });
    }

    /**
     * Runs {@code write}, which reads a request's articles (given which ids the store holds) and
     * {@link #add}s them, while no other request writes: an id a request renames a duplicate to is then
     * still free when its articles are stored.
     */
    public synchronized <T> T exclusively(Function<Predicate<String>, T> write) {
        return write.apply(store::holds);
    }
}
