package org.echotrace.app.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.Progress;
import org.echotrace.analysis.Analyzer;
import org.echotrace.domain.Claim;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.Story;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoreReader;

/**
 * The report of one stored story, as {@code echotrace report --story} writes it: the analysis re-run on
 * the story's articles with the store's settings, and the language layer taken from what the store kept.
 */
public final class StoryReports {

    /**
     * Articles analysed for one story page; a story grows by one article per arrival, and the pairwise
     * reuse detection over it must stay fast enough for a page view.
     */
    public static final int MAX_DOCUMENTS = 200;

    /** @param shown how many of the story's documents the report covers (at most {@link #MAX_DOCUMENTS}) */
    public record StoryReport(Story story, Report report, int shown) {
    }

    private final ArticleStore store;

    public StoryReports(ArticleStore store) {
        this.store = store;
    }

    /** The story's report without where its articles were read from (see {@link #of(String, boolean)}). */
    public Optional<StoryReport> of(String storyId) {
        return of(storyId, false);
    }

    /** @param sources whether each document keeps its {@code source} (the server's file paths: for the token's holder only) */
    public Optional<StoryReport> of(String storyId, boolean sources) {
        return store.read(reader -> reader.story(storyId).map(story -> report(reader, story, sources)));
    }

    /** The report from one commit: the story, its articles and its claims as of the same snapshot. */
    private StoryReport report(StoreReader reader, Story story, boolean sources) {
        List<Document> documents = new ArrayList<>();
        Map<String, DocumentLanguage> languages = new HashMap<>();
        for (String id : story.documents().subList(0, Math.min(MAX_DOCUMENTS, story.documents().size()))) {
            reader.article(id).ifPresent(article -> {
                documents.add(sources ? article.document() : article.document().withoutSource());
                if (article.language() != null) {
                    languages.put(id, article.language());
                }
            });
        }
        Analyzer analyzer = new Analyzer(store.config().reuse(), store.config().stories());
        if (!languages.isEmpty()) {
            analyzer = analyzer.withLanguage(new StoredLanguage(languages), 1);
        }
        Report report = analyzer.analyze(documents, List.of(), Progress.NONE);
        List<Claim> claims = documents.size() == story.documents().size() ? reader.claims(story.id()) : List.of();
        return new StoryReport(story, claims.isEmpty() ? report : report.withClaims(claims), documents.size());
    }
}
