package org.echotrace.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.domain.Claim;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.language.DocumentLanguage;

/**
 * The persistent store: articles with their cleaned text, metadata and language annotations, the
 * fingerprint index, and the reuse pairs and stories between them, kept up to date one article at a time.
 *
 * <p>One process writes ({@link #openForWriting}); any number read ({@link #openForReading}), each seeing
 * the last commit; so do the writing process's own readers. Nothing is durable until {@link #commit()}
 * returns: an acknowledged article survives a crash, and a crash at any point leaves the last commit
 * intact (Lucene commits are atomic).
 */
public final class ArticleStore implements Closeable {

    static final String INDEX = "index";
    private static final String NEXT_STORY = "nextStory";
    private static final String NEXT_SEQUENCE = "nextSequence";

    private final Path dir;
    private final StoreConfig config;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final StoreWriter storeWriter;
    private final FingerprintMatcher fingerprints;
    private final ArticleProfiles profiles = new ArticleProfiles();
    private final StoryIndex stories;
    private final SubjectIndex subjects;
    private volatile StoryAnalysis analysis;

    private ArticleStore(Path dir, StoreConfig config, Directory directory, IndexWriter writer,
                         SearcherManager searchers) {
        this.dir = dir;
        this.config = config;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analysis = new StoryAnalysis(config, null);
        this.stories = withSnapshot(StoryIndex::of);
        this.subjects = withSnapshot(snapshot -> {
            try {
                return SubjectIndex.of(snapshot.searcher().getIndexReader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        this.storeWriter = writer == null ? null
                : new StoreWriter(config, writer, this::withSnapshot, this::refresh, profiles,
                        stories, subjects, counters(writer));
        // a reading process would have to follow the writer's segments; it asks the index about every fingerprint
        this.fingerprints = Matcher.fingerprints(config, storeWriter == null ? fingerprint -> true : storeWriter::mightHold);
    }

    /** Opens (creating if missing) the store in {@code dir} for writing; one writer at a time. */
    public static ArticleStore openForWriting(Path dir, StoreConfig fresh) {
        return openForWriting(dir, fresh, UnaryOperator.identity());
    }

    /** As {@link #openForWriting(Path, StoreConfig)}, the index's directory seen through {@code wrap} (tests: a full disk). */
    static ArticleStore openForWriting(Path dir, StoreConfig fresh, UnaryOperator<Directory> wrap) {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            StoreConfig config = StoreConfig.readOrCreate(dir, fresh);
            directory = wrap.apply(FSDirectory.open(dir.resolve(INDEX)));
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.analyzer())
                    .setMergeScheduler(new QuietMerges())
                    .setCodec(FingerprintCodec.codec())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false));
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            try {
                config = StoreConfig.upgradeForWriting(dir, config);
            } catch (IOException e) {
                writer.close();
                throw e;
            }
            return new ArticleStore(dir, config, directory, writer, new SearcherManager(writer, null));
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new StoreException("the store " + dir + " is in use by another echotrace process"
                    + " (an ingest or a server); add articles through that process, or stop it first", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new StoreException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing store for reading; works while another process writes to it. */
    public static ArticleStore openForReading(Path dir) {
        Directory directory = null;
        try {
            StoreConfig config = StoreConfig.read(dir);
            directory = FSDirectory.open(dir.resolve(INDEX));
            if (!DirectoryReader.indexExists(directory)) {
                throw new StoreException(dir + " holds no index yet; run echotrace ingest first");
            }
            return new ArticleStore(dir, config, directory, null, new SearcherManager(directory, null));
        } catch (IOException e) {
            closeQuietly(directory);
            throw new StoreException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return dir;
    }

    public StoreConfig config() {
        return config;
    }

    public boolean writable() {
        return writer != null;
    }

    /**
     * Stores one article: matches it against the store, assigns its story and keeps {@code language}, what
     * the language layer found in it (null when NLP is off). Durable, and visible to readers, after
     * {@link #commit()}.
     */
    public IngestOutcome add(Document document, DocumentLanguage language) {
        requireWritable();
        return writing(() -> storeWriter.add(document, language));
    }

    /** Makes everything added so far durable. */
    public void commit() {
        requireWritable();
        writing(() -> {
            storeWriter.commit();
            return null;
        });
    }

    /**
     * Runs a write; one that fails for want of the file system (a full disk, a lost mount) becomes one line
     * naming the store and the cause, however deep in Lucene it came up: the last commit is intact, so
     * every acknowledged article is kept.
     */
    private <T> T writing(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            IOException io = ioCause(e);
            if (io == null) {
                throw e;
            }
            throw new StoreException("cannot write to the store " + dir.toAbsolutePath().normalize() + ": "
                    + io.getMessage() + " (what was committed before is kept; articles not acknowledged were not stored)", e);
        }
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** What {@code document} reuses and which story it would join, without storing it. */
    public CheckResult check(Document document) {
        return check(document, null);
    }

    /**
     * What {@code document} reuses, which story it would join and, given its language and a store that
     * analyses stories ({@link #analyzeStoriesWith}), the claims of that story it repeats.
     */
    public CheckResult check(Document document, DocumentLanguage language) {
        return withSnapshot(snapshot -> check(snapshot, document, language));
    }

    /** {@link #check(Document, DocumentLanguage)} on {@code snapshot}. */
    CheckResult check(Snapshot snapshot, Document document, DocumentLanguage language) {
        CheckResult found = new Matcher(config).check(
                new StoreView(snapshot, new RecentArticles(), fingerprints, profiles, stories, subjects), document);
        StoryAnalysis making = analysis;
        if (language == null || !making.makesClaims() || found.story() == null) {
            return found;
        }
        return found.withClaims(making.withArticle(snapshot, found.story(), document, language, found.reuse()));
    }

    /**
     * Makes claim groups for every story an ingest changes, with {@code analyzer} (one with the claims
     * stage; see {@link AnalysisPipeline#assemble}), and, in a reading process, for a story read whose kept claims
     * are not current. Without it a store makes no claims: its stories' reports have those kept when current.
     */
    public void analyzeStoriesWith(AnalysisPipeline analyzer) {
        this.analysis = new StoryAnalysis(config, java.util.Objects.requireNonNull(analyzer, "analyzer"));
        if (storeWriter != null) {
            storeWriter.analyzeStoriesWith(analysis);
        }
    }

    /**
     * Runs {@code read} on one commit: every answer it gets (stories, articles, pairs, claims) is of the
     * same snapshot, whatever the writer commits meanwhile. The single-answer methods below each read
     * their own, the latest.
     */
    public <T> T read(Function<StoreReader, T> read) {
        return withSnapshot(snapshot -> read.apply(new StoreReader(this, snapshot, analysis)));
    }

    /** A story's claim groups: as stored when current, made again when its members changed since. */
    public List<Claim> claims(String storyId) {
        return read(reader -> reader.claims(storyId));
    }

    /** A stored story's report, as analyze gives it for its articles (without where they were read from). */
    public Optional<StoryReport> report(String storyId) {
        return read(reader -> reader.report(storyId, false));
    }

    /** Whether an article of this id is stored (by this writer: committed or not). */
    public boolean holds(String id) {
        return storeWriter != null ? subjects.holds(id) : read(reader -> reader.article(id).isPresent());
    }

    public Optional<StoredArticle> article(String id) {
        return read(reader -> reader.article(id));
    }

    public List<ReusePair> reuseOf(String articleId) {
        return read(reader -> reader.reuseOf(articleId));
    }

    public Optional<Story> story(String id) {
        return read(reader -> reader.story(id));
    }

    public Optional<Story> storyOf(String articleId) {
        return read(reader -> reader.storyOf(articleId));
    }

    /** Stories, latest first, then largest. */
    public List<Story> stories(int offset, int limit) {
        return read(reader -> reader.stories(offset, limit));
    }

    public SearchResults search(SearchQuery query) {
        return read(reader -> reader.search(query));
    }

    public StoreStats stats() {
        return read(StoreReader::stats);
    }

    /** Every stored article, in order of arrival. */
    public void forEachArticle(Consumer<StoredArticle> action) {
        read(reader -> {
            reader.forEachArticle(action);
            return null;
        });
    }

    public void forEachPair(Consumer<ReusePair> action) {
        read(reader -> {
            reader.forEachPair(action);
            return null;
        });
    }

    public void forEachStory(Consumer<Story> action) {
        read(reader -> {
            reader.forEachStory(action);
            return null;
        });
    }

    /** Closes without committing: what was not committed is dropped, as after a crash. */
    @Override
    public void close() throws IOException {
        if (storeWriter != null) {
            storeWriter.close();
        }
        searchers.close();
        if (writer != null) {
            writer.rollback();
        }
        directory.close();
    }

    /** Makes everything the writer added visible to this process's readers. */
    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the current snapshot. A reading process first looks for a newer commit; the writing process
     * refreshes when it commits (and every thousand articles or so), never per read, which would cut the
     * index into one tiny segment per article.
     */
    private <T> T withSnapshot(Function<Snapshot, T> read) {
        try {
            if (writer == null) {
                searchers.maybeRefresh();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(new Snapshot(searcher));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new StoreException("the store " + dir + " was opened for reading only");
        }
    }

    private static StoreWriter.Counters counters(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return new StoreWriter.Counters(Long.parseLong(data.getOrDefault(NEXT_STORY, "1")),
                Long.parseLong(data.getOrDefault(NEXT_SEQUENCE, "1")));
    }

    static Map<String, String> commitData(StoreWriter.Counters counters) {
        return Map.of(NEXT_STORY, Long.toString(counters.nextStory()),
                NEXT_SEQUENCE, Long.toString(counters.nextSequence()));
    }


    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the open failed already; that error is the one to report
            }
        }
    }

    static Term key(String type, String id) {
        return new Term(Fields.KEY, Fields.key(type, id));
    }
}
