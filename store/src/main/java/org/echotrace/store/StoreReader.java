package org.echotrace.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.echotrace.domain.Claim;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.outlets.OutletFacts;
import org.echotrace.outlets.OutletGraphBuilder;

/**
 * Everything a reader asks of the store, answered from one commit (one Lucene snapshot): a reader that
 * lists stories and then reads their articles and pairs through one {@code StoreReader} never sees a
 * story whose articles a later commit replaced, however the writer commits meanwhile. Valid only inside
 * {@link ArticleStore#read}.
 */
public final class StoreReader {

    private final ArticleStore store;
    private final Snapshot snapshot;
    private final StoryAnalysis analysis;

    StoreReader(ArticleStore store, Snapshot snapshot, StoryAnalysis analysis) {
        this.store = store;
        this.snapshot = snapshot;
        this.analysis = analysis;
    }

    /** {@link ArticleStore#check(Document, DocumentLanguage)} against this commit. */
    public CheckResult check(Document document, DocumentLanguage language) {
        return store.check(snapshot, document, language);
    }

    public Optional<StoredArticle> article(String id) {
        return snapshot.article(id);
    }

    public List<ReusePair> reuseOf(String articleId) {
        return snapshot.pairsOf(articleId);
    }

    public Optional<Story> story(String id) {
        return snapshot.story(id);
    }

    public Optional<Story> storyOf(String articleId) {
        return snapshot.storyOf(articleId);
    }

    /**
     * Stories, latest first, then largest; each with analyze's title and its summary when its claims were
     * made since it last changed (else as stored: titled after the article that founded it).
     */
    public List<Story> stories(int offset, int limit) {
        return new StoreSearch(snapshot).stories(offset, limit).stream()
                .map(story -> analysis.listed(snapshot, story)).toList();
    }

    /**
     * A story's report, as analyze gives it for the story's articles (see {@link StoryReport}).
     *
     * @param sources whether each document keeps its {@code source} (where it was read from)
     */
    public Optional<StoryReport> report(String storyId, boolean sources) {
        return snapshot.story(storyId).map(story -> analysis.report(snapshot, story, sources));
    }

    public SearchResults search(SearchQuery query) {
        return new StoreSearch(snapshot).search(query);
    }

    /** Which commit this reader reads; another value means the store changed (for caches of whole-store sums). */
    public long version() {
        return snapshot.version();
    }

    /**
     * What the outlet graph of everything stored is summed from, with the store's reuse settings: reads
     * every article, so callers keep it (it holds no text) and make it again when {@link #version} moves.
     */
    public OutletFacts outletFacts() {
        List<Document> documents = new ArrayList<>();
        forEachArticle(a -> documents.add(a.document()));
        List<ReusePair> pairs = new ArrayList<>();
        forEachPair(pairs::add);
        List<Story> stories = new ArrayList<>();
        forEachStory(stories::add);
        return new OutletGraphBuilder(store.config().reuse().minWords()).facts(documents, pairs, stories);
    }

    public StoreStats stats() {
        return new StoreStats(snapshot.articleCount(), snapshot.count(StoreSearch.all(Fields.STORY)),
                snapshot.count(StoreSearch.all(Fields.PAIR)));
    }

    /** A story's claim groups: as stored when current, made again when its members changed since. */
    public List<Claim> claims(String storyId) {
        Optional<Story> story = snapshot.story(storyId);
        if (story.isEmpty()) {
            return List.of();
        }
        Optional<StoryAnalysis.Made> kept = snapshot.made(storyId);
        if (kept.isPresent() && (kept.get().current(story.get()) || !analysis.makesClaims())) {
            return kept.get().claims();
        }
        return analysis.makesClaims() ? analysis.make(snapshot, story.get()).claims() : List.of();
    }

    /** Every stored article, in order of arrival. */
    public void forEachArticle(Consumer<StoredArticle> action) {
        new StoreSearch(snapshot).forEach(Fields.ARTICLE, entry -> action.accept(EntryCodec.article(entry)));
    }

    public void forEachPair(Consumer<ReusePair> action) {
        new StoreSearch(snapshot).forEach(Fields.PAIR, entry -> action.accept(EntryCodec.pair(entry)));
    }

    public void forEachStory(Consumer<Story> action) {
        new StoreSearch(snapshot).forEach(Fields.STORY, entry -> action.accept(EntryCodec.story(entry)));
    }
}
