package org.echotrace.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.echotrace.Progress;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReferenceDate;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.language.LanguageStage;
import org.echotrace.timeline.ReferenceDates;

/**
 * Brings articles into a store in batches: reads their language on all threads (when a language analyzer
 * is given), stores them one by one, commits, and only then reports each as acknowledged. The command
 * line's {@code ingest} and the server's write API both come in through here.
 */
public final class Intake {

    /** What a batch did: one outcome per stored article, and the problems of those not fully read. */
    public record BatchResult(List<IngestOutcome> outcomes, List<Diagnostic> problems) {
        public BatchResult {
            outcomes = List.copyOf(outcomes);
            problems = List.copyOf(problems);
        }
    }

    private final ArticleStore store;
    private final LanguageAnalyzer language;
    private final int threads;

    /** @param language null to store without NLP */
    public Intake(ArticleStore store, LanguageAnalyzer language, int threads) {
        this.store = Objects.requireNonNull(store, "store");
        this.language = language;
        this.threads = Math.max(1, threads);
    }

    /**
     * Stores a batch and commits it; {@code acknowledged} hears of each article only after the commit
     * that made it durable.
     */
    public BatchResult add(List<Document> batch, Progress progress, Consumer<IngestOutcome> acknowledged) {
        List<Diagnostic> problems = new ArrayList<>();
        List<DocumentLanguage> languages = read(batch, progress, problems);
        List<IngestOutcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            outcomes.add(store.add(batch.get(i), languages.get(i)));
            progress.update("store", i + 1, batch.size());
        }
        store.commit();
        outcomes.forEach(acknowledged);
        return new BatchResult(outcomes, problems);
    }

    private List<DocumentLanguage> read(List<Document> batch, Progress progress, List<Diagnostic> problems) {
        if (language == null) {
            List<DocumentLanguage> none = new ArrayList<>();
            batch.forEach(d -> none.add(null));
            return none;
        }
        Map<String, LocalDate> dateOf = new HashMap<>();
        for (ReferenceDate date : ReferenceDates.of(batch)) {
            if (date.date() != null) {
                dateOf.put(date.document(), date.date());
            }
        }
        LanguageStage.Result read = new LanguageStage(language, d -> dateOf.get(d.id()), threads).run(batch, progress);
        problems.addAll(read.problems());
        return read.languages();
    }
}
