package org.echotrace.app.web;

import java.util.List;
import java.util.Objects;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.IngestResult;
import org.echotrace.ingest.Ingester;
import org.echotrace.ingest.RawArticle;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.CheckResult;
import org.echotrace.store.StoreReader;
import org.echotrace.timeline.ReferenceDates;

/**
 * Checks a text against the store without storing it. The text is read by the same ingest code as a
 * file (cleaning, and title, date and outlet inferred the same way), then matched as the store would
 * match a new article; with NLP on, its language is read too, for the claims of the story it joins that
 * it repeats.
 */
public final class TextCheck {

    /**
     * The id the checked text gets. It must differ from every stored id: the matcher skips stored
     * articles with the checked text's own id, so a stored article checked again would match nothing.
     */
    public static final String CHECKED_ID = "(checked text)";

    /** The text could not be read: nothing left after cleaning, or a broken upload. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    private final ArticleStore store;
    private final Ingester ingester;
    private final LanguageAnalyzer language;

    /**
     * @param language reads a checked text's language so that the claims it repeats can be found; null
     *                 when the server runs without NLP (then checks report reuse and story only)
     */
    public TextCheck(ArticleStore store, long maxBytes, LanguageAnalyzer language) {
        this.store = Objects.requireNonNull(store, "store");
        this.ingester = new Ingester(new IngestOptions(maxBytes, IngestOptions.defaults().maxProblemsPerFile()));
        this.language = language;
    }

    /**
     * Checks a text with an optional title and publication date (ISO), as the JSON API receives it, and
     * makes the answer with {@code answer} from the same commit as the check; {@code withClaims} false skips
     * parsing the text (fast), and so the claims it repeats.
     */
    public <T> T check(String text, String title, String published, boolean withClaims, Answer<T> answer) {
        return check(ingester.read(RawArticle.given(CHECKED_ID, "checked text", title, published, text)), withClaims,
                answer);
    }

    /** Checks the content of a file (its extension tells the format: txt, html, jsonl...); the first article counts. */
    public <T> T checkFile(String fileName, String content, Answer<T> answer) {
        return check(ingester.readString(fileName, content), true, answer);
    }

    /** Makes the answer to a check from its result and the commit it was checked against. */
    @FunctionalInterface
    public interface Answer<T> {
        T of(CheckResult result, StoreReader reader);
    }

    private <T> T check(IngestResult read, boolean withClaims, Answer<T> answer) {
        if (read.documents().isEmpty()) {
            List<Diagnostic> problems = read.problems();
            throw new Unreadable(problems.isEmpty() ? "no text to check" : problems.get(0).reason());
        }
        Document checked = read.documents().get(0).withId(CHECKED_ID);
        // parsed before the snapshot is taken: a parse takes seconds, a snapshot should be short-lived
        DocumentLanguage parsed = !withClaims || language == null ? null
                : language.analyze(checked, ReferenceDates.of(checked).date());
        return store.read(reader -> answer.of(reader.check(checked, parsed), reader));
    }
}
