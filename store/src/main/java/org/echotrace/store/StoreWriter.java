package org.echotrace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.story.EventProfile;
import org.echotrace.story.StoryClusterer;

/**
 * The store's single writer: adds articles one at a time, each matched against everything stored before
 * it, and commits. Everything one article changes (its entry, its reuse pairs, its story) is written
 * before the next article is matched, and reaches disk in the same commit.
 */
final class StoreWriter {

    /** Numbering that must survive restarts; kept in each commit's user data. */
    record Counters(long nextStory, long nextSequence) {
    }

    /** Runs a read on the searchers' current snapshot. */
    interface Snapshots {
        <T> T read(Function<Snapshot, T> read);
    }

    /**
     * Articles matched from memory at most before the searchers refresh (see {@link RecentArticles}); a
     * commit refreshes too. Refreshing flushes a segment on this thread and opens readers on it, so it is
     * done once per batch when batches are of ordinary size; Lucene flushes larger batches on the indexing
     * thread as its buffer fills. Stories do not depend on where refreshes fall (see {@link SubjectIndex}).
     */
    private static final int REFRESH_EVERY = 1024;

    private final IndexWriter writer;
    private final Snapshots snapshots;
    private final Runnable refreshSearchers;
    private final Matcher matcher;
    private final FingerprintMatcher fingerprints;
    private final ArticleProfiles profiles;
    private final StoryIndex stories;
    private final SubjectIndex subjects;
    private final RecentArticles recent = new RecentArticles();
    /**
     * Stories changed since the last commit. They are written once, at the commit: an active story takes
     * many articles per batch, and rewriting its entry for each one cost as much as storing the article.
     */
    private final Set<String> changedStories = new HashSet<>();
    /** Stories changed since the last commit, whose claims are made again after it. */
    private final Set<String> storiesSinceCommit = new HashSet<>();
    private volatile StoryAnalysis claims;
    private Counters counters;
    private final IndexingQueue indexing = new IndexingQueue();
    /** Replaced, larger, when full; read by checking threads. */
    private volatile StoredFingerprints storedFingerprints;

    StoreWriter(StoreConfig config, IndexWriter writer, Snapshots snapshots, Runnable refreshSearchers,
                ArticleProfiles profiles, StoryIndex stories, SubjectIndex subjects, Counters counters) {
        this.writer = writer;
        this.snapshots = snapshots;
        this.refreshSearchers = refreshSearchers;
        this.matcher = new Matcher(config);
        this.profiles = profiles;
        this.stories = stories;
        this.subjects = subjects;
        this.storedFingerprints = snapshots.read(StoreWriter::storedFingerprints);
        this.fingerprints = Matcher.fingerprints(config, this::mightHold);
        this.counters = counters;
    }

    /** False when no article stored (or being stored) by this writer holds the fingerprint. */
    boolean mightHold(long fingerprint) {
        return storedFingerprints.mightHold(fingerprint);
    }

    synchronized IngestOutcome add(Document document, DocumentLanguage language) {
        Objects.requireNonNull(document, "document");
        if (recent.contains(document.id())) {
            refresh();
        }
        // most articles are new: the in-memory subject index knows every stored id without an index search
        Optional<String> storedSha = subjects.holds(document.id())
                ? snapshots.read(s -> s.sha(document.id())) : Optional.empty();
        if (storedSha.isPresent() && storedSha.get().equals(EntryCodec.sha(document.text()))) {
            return snapshots.read(s -> new IngestOutcome(document.id(), IngestOutcome.Status.UNCHANGED,
                    s.storyOf(document.id()).map(Story::id).orElse(null), false, 0, s.pairsOf(document.id())));
        }
        try {
            if (storedSha.isPresent()) {
                remove(document.id());
                refresh();
            }
            Matcher.Match match = snapshots.read(s -> matcher.match(view(s), document));
            long sequence = counters.nextSequence();
            indexing.submit(() -> {
                writer.addDocument(EntryCodec.article(new StoredArticle(document, language, sequence),
                        match.fingerprints(), match.words(), match.story().vector()));
                for (ReusePair pair : match.reuse()) {
                    writer.updateDocument(ArticleStore.key(Fields.PAIR, EntryCodec.pairId(pair.a(), pair.b())),
                            EntryCodec.pair(pair));
                }
            });
            Optional<Story> joined = match.story().story();
            Story story = joined.map(s -> withMember(s, document)).orElseGet(() -> founded(document));
            changedStories.add(story.id());
            counters = new Counters(counters.nextStory() + (joined.isEmpty() ? 1 : 0), sequence + 1);
            subjects.add(document.id(), match.words());
            // its vector as weighed for this decision: what a member first asked for after its adding would get
            profiles.put(document.id(), new ArticleProfiles.Profile(match.story().vector(), document.published(),
                    EventProfile.of(document)));
            storedFingerprints.add(match.fingerprints());
            recent.add(new RecentArticles.Recent(document, match.words(), match.fingerprints(), match.story().vector()));
            stories.put(story);
            if (recent.size() >= REFRESH_EVERY || storedFingerprints.full()) {
                refresh();
            }
            if (storedFingerprints.full()) {
                storedFingerprints = snapshots.read(StoreWriter::storedFingerprints);
            }
            return new IngestOutcome(document.id(),
                    storedSha.isPresent() ? IngestOutcome.Status.REPLACED : IngestOutcome.Status.ADDED,
                    story.id(), joined.isEmpty(), match.story().similarity(), match.reuse());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything added durable, then visible to every reader of this process. */
    synchronized void commit() {
        try {
            indexing.drain();
            writeChangedStories();
            writer.setLiveCommitData(ArticleStore.commitData(counters).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
        writeClaims();
    }

    /** Stops the indexing thread; what it had not written is dropped with the uncommitted rest. */
    synchronized void close() {
        indexing.close();
    }

    void analyzeStoriesWith(StoryAnalysis analysis) {
        this.claims = analysis;
    }

    /**
     * Makes the changed stories' claims again, from the committed articles, and commits them. They are
     * derived data: a crash before this commit leaves them stale, which readers notice and redo.
     */
    private void writeClaims() {
        StoryAnalysis making = claims;
        if (making == null || storiesSinceCommit.isEmpty()) {
            storiesSinceCommit.clear();
            return;
        }
        try {
            for (String id : storiesSinceCommit) {
                Term key = ArticleStore.key(Fields.CLAIMS, id);
                Optional<Story> story = stories.story(id);
                if (story.isPresent()) {
                    StoryAnalysis.Made made = snapshots.read(s -> making.make(s, story.get()));
                    writer.updateDocument(key, EntryCodec.made(made));
                } else {
                    writer.deleteDocuments(key);
                }
            }
            storiesSinceCommit.clear();
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refreshSearchers.run();
    }

    private static StoredFingerprints storedFingerprints(Snapshot snapshot) {
        try {
            return StoredFingerprints.of(snapshot.searcher().getIndexReader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StoreView view(Snapshot snapshot) {
        return new StoreView(snapshot, recent, fingerprints, profiles, stories, subjects);
    }

    private void refresh() {
        try {
            indexing.drain();
            writeChangedStories();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refreshSearchers.run();
        recent.clear();
    }

    /** Takes an article out: its entry, its pairs, its words' frequencies and its place in its story. */
    private void remove(String id) throws IOException {
        indexing.drain();
        Optional<Story> story = stories.storyOf(id);
        snapshots.read(s -> s.wordCounts(id)).ifPresent(counts -> subjects.remove(id, counts));
        profiles.remove(id);
        writer.deleteDocuments(ArticleStore.key(Fields.ARTICLE, id));
        writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.PAIR)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.PAIR_DOCUMENT, id)), BooleanClause.Occur.FILTER)
                .build());
        Story without = story.map(s -> withoutMember(s, id)).orElse(null);
        stories.remove(id, without);
        if (without != null) {
            changedStories.add(without.id());
        }
    }

    /** Writes the changed stories' entries as the in-memory story index has them (deleting emptied ones). */
    private void writeChangedStories() throws IOException {
        storiesSinceCommit.addAll(changedStories);
        for (String id : changedStories) {
            Term key = ArticleStore.key(Fields.STORY, id);
            Optional<Story> story = stories.story(id);
            if (story.isPresent()) {
                writer.updateDocument(key, EntryCodec.story(story.get()));
            } else {
                writer.deleteDocuments(key);
            }
        }
        changedStories.clear();
    }

    private Story withoutMember(Story story, String id) {
        List<String> rest = new ArrayList<>(story.documents());
        rest.remove(id);
        List<Published> dates = snapshots.read(s -> rest.stream()
                .map(member -> s.article(member).map(a -> a.document().published()).orElse(null))
                .filter(Objects::nonNull).toList());
        return new Story(story.id(), story.title(), rest, dates.stream().min(Comparator.naturalOrder()).orElse(null),
                dates.stream().max(Comparator.naturalOrder()).orElse(null));
    }

    private Story founded(Document document) {
        return new Story("s" + counters.nextStory(), StoryClusterer.titleOf(document), List.of(document.id()),
                document.published(), document.published());
    }

    private static Story withMember(Story story, Document document) {
        List<String> members = new ArrayList<>(story.documents());
        members.add(document.id());
        members.sort(Comparator.naturalOrder());
        Published date = document.published();
        Published from = earlier(story.from(), date);
        Published to = date == null ? story.to() : story.to() == null || date.compareTo(story.to()) > 0 ? date : story.to();
        return new Story(story.id(), story.title(), members, from, to);
    }

    private static Published earlier(Published a, Published b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
