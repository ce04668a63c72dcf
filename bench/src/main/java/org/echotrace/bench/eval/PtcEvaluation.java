package org.echotrace.bench.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.echotrace.bench.Json;
import org.echotrace.bench.ptc.PtcCorpus;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.language.LabelCandidate;
import org.echotrace.language.LanguageAnalyzer;

/**
 * Scores the labels a {@link LanguageAnalyzer} finds against the Propaganda Techniques Corpus's
 * name-calling and loaded-language spans: exact and overlap precision, recall and F1 over label spans,
 * on all articles and on the held-out part the evaluative vocabulary was not built from. Labels are found
 * only on what a text names or describes, while the gold marks loaded words anywhere, so recall is capped
 * well below 1 by design.
 */
public final class PtcEvaluation {

    public record Scores(int documents, SpanScore.PrecisionRecall exact, SpanScore.PrecisionRecall overlap) {
    }

    /**
     * @param heldout    the articles outside the vocabulary part (see {@link PtcCorpus#isVocabularyPart})
     * @param vocabulary the articles of the vocabulary part: the only ones to tune on
     */
    public record Result(int documents, SpanScore.PrecisionRecall exact, SpanScore.PrecisionRecall overlap,
                         Scores heldout, Scores vocabulary) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private final LanguageAnalyzer analyzer;
    private final int threads;

    public PtcEvaluation(LanguageAnalyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
    }

    public Result evaluate(Path folder, int limit) throws IOException {
        List<PtcCorpus.Article> articles = PtcCorpus.read(folder, limit);
        List<List<Span>> predicted = labelAll(articles);
        SpanScore all = new SpanScore();
        SpanScore heldout = new SpanScore();
        SpanScore vocabulary = new SpanScore();
        int heldoutDocuments = 0;
        for (int i = 0; i < articles.size(); i++) {
            List<List<Span>> gold = singletons(articles.get(i).labels());
            List<List<Span>> found = singletons(predicted.get(i));
            all.add(found, gold, 1);
            if (!PtcCorpus.isVocabularyPart(articles.get(i).id())) {
                heldout.add(found, gold, 1);
                heldoutDocuments++;
            } else {
                vocabulary.add(found, gold, 1);
            }
        }
        return new Result(articles.size(), all.exact(), all.overlap(),
                new Scores(heldoutDocuments, heldout.exact(), heldout.overlap()),
                new Scores(articles.size() - heldoutDocuments, vocabulary.exact(), vocabulary.overlap()));
    }

    /** Each article's distinct label spans, parsed on {@code threads} threads. */
    private List<List<Span>> labelAll(List<PtcCorpus.Article> articles) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Span>>> futures = new ArrayList<>();
            for (PtcCorpus.Article article : articles) {
                futures.add(pool.submit(() -> labelSpans(article)));
            }
            List<List<Span>> spans = new ArrayList<>();
            for (Future<List<Span>> future : futures) {
                spans.add(future.get());
            }
            return spans;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("labelling failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Span> labelSpans(PtcCorpus.Article article) {
        // texts as they are (no cleaning), so offsets compare directly with the gold
        return analyzer.analyze(Document.of(article.id(), article.text()), null).labels().stream()
                .filter(LabelCandidate::evaluative).map(LabelCandidate::label).map(l -> l.span()).distinct().sorted().toList();
    }

    private static List<List<Span>> singletons(List<Span> spans) {
        return spans.stream().map(List::of).toList();
    }
}
