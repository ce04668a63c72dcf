package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on the five example reports, ingested one by one as a newsroom would. */
class TestArticleStore {

    static final Path EXAMPLE = Path.of("..", "examples", "mko-relocation-2023");
    static List<Document> seeds;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeeds() {
        seeds = new Ingester(IngestOptions.defaults()).read(List.of(EXAMPLE.toString()), null, Progress.NONE).documents();
        assertEquals(5, seeds.size());
    }

    private ArticleStore storeWithSeeds() {
        ArticleStore store = ArticleStore.openForWriting(dir, StoreConfig.defaults());
        seeds.forEach(d -> store.add(d, null));
        store.commit();
        return store;
    }

    @Test
    void incrementalMatchingFindsTheSamePairsAndStoriesAsTheBatchAnalysis() throws IOException {
        try (ArticleStore store = storeWithSeeds()) {
            List<ReusePair> batch = new org.echotrace.reuse.ReuseDetector(store.config().reuse()).detect(seeds, Progress.NONE);
            Set<String> batchPairs = batch.stream().map(p -> p.a() + "|" + p.b()).collect(Collectors.toSet());
            Set<String> storedPairs = new java.util.HashSet<>();
            store.forEachPair(p -> storedPairs.add(p.a() + "|" + p.b()));
            assertFalse(batchPairs.isEmpty());
            assertEquals(batchPairs, storedPairs);

            List<Story> batchStories = new org.echotrace.story.StoryClusterer(store.config().stories()).cluster(seeds, batch);
            Set<Set<String>> expected = batchStories.stream().map(s -> Set.copyOf(s.documents())).collect(Collectors.toSet());
            Set<Set<String>> stored = store.stories(0, 100).stream().map(s -> Set.copyOf(s.documents())).collect(Collectors.toSet());
            assertEquals(expected, stored, "stories built one article at a time match the batch clustering");
            assertEquals(new StoreStats(5, expected.size(), batchPairs.size()), store.stats());
        }
    }

    /**
     * Without the language layer a stored story's report is analyze {@code --no-nlp}'s for its articles:
     * the same title (analyze's most central headline, not the founding article's lead sentence), pairs
     * and outlet graph.
     */
    @Test
    void aStoredStorysReportIsTheBatchReportOfItsArticles() throws IOException {
        try (ArticleStore store = storeWithSeeds()) {
            Story stored = store.stories(0, 100).stream().max(java.util.Comparator.comparingInt(s -> s.documents().size()))
                    .orElseThrow();
            StoryReport found = store.report(stored.id()).orElseThrow();
            List<Document> members = seeds.stream().filter(d -> stored.documents().contains(d.id()))
                    .map(Document::withoutSource).toList();
            org.echotrace.domain.Report batch = new org.echotrace.analysis.AnalysisPipeline(store.config().reuse(),
                    store.config().stories()).analyze(members, List.of(), Progress.NONE);
            assertEquals(1, batch.stories().size());
            assertEquals(batch.stories().get(0).title(), found.story().title());
            assertEquals(batch.reuse(), found.report().reuse());
            assertEquals(batch.documents(), found.report().documents());
            assertEquals(batch.outlets(), found.report().outlets());
            assertTrue(store.report("no-such-story").isEmpty());
        }
    }

    @Test
    void reingestingTheSameTextChangesNothingAndAChangedTextReplacesItsResults() throws IOException {
        try (ArticleStore store = storeWithSeeds()) {
            StoreStats before = store.stats();
            Document copy = copier(store);
            IngestOutcome again = store.add(copy, null);
            assertEquals(IngestOutcome.Status.UNCHANGED, again.status());
            assertEquals(before, store.stats());

            String unrelated = "The city council met on Tuesday to discuss the new bus timetable and the cost of repairs "
                    + "to the old bridge over the river, which engineers say will take two years.";
            IngestOutcome replaced = store.add(new Document(copy.id(), copy.source(), "Bus timetable", null, null, null,
                    false, false, false, unrelated, List.of(), Map.of()), null);
            store.commit();
            assertEquals(IngestOutcome.Status.REPLACED, replaced.status());
            assertTrue(replaced.reuse().isEmpty());
            assertTrue(store.reuseOf(copy.id()).isEmpty(), "the old version's pairs are gone");
            assertEquals(before.articles(), store.stats().articles());
            assertEquals(List.of(copy.id()), store.storyOf(copy.id()).orElseThrow().documents());
        }
    }

    @Test
    void aCheckedParagraphFindsTheArticleItWasCopiedFromWithoutBeingStored() throws IOException {
        try (ArticleStore store = storeWithSeeds()) {
            Document source = copier(store);
            ReusePair copied = store.reuseOf(source.id()).get(0);
            Passage passage = copied.passages().get(0);
            String paragraph = (copied.a().equals(source.id()) ? passage.a() : passage.b()).of(source.text());
            Document pasted = Document.of("checked", "Breaking: " + paragraph);

            CheckResult result = store.check(pasted);

            assertTrue(result.reuse().stream().anyMatch(p -> p.a().equals(source.id()) || p.b().equals(source.id())));
            assertTrue(result.story() != null, "the pasted paragraph joins the story it was copied from");
            assertTrue(result.story().documents().contains(source.id()));
            assertEquals(5, store.stats().articles(), "checking stores nothing");
        }
    }

    @Test
    void aWriterReopenedOnTheStoreFindsTheStoredTextsANewArticleCopies() throws IOException {
        Document source;
        String paragraph;
        try (ArticleStore store = storeWithSeeds()) {
            source = copier(store);
            ReusePair copied = store.reuseOf(source.id()).get(0);
            Passage passage = copied.passages().get(0);
            paragraph = (copied.a().equals(source.id()) ? passage.a() : passage.b()).of(source.text());
        }
        // the reopened writer knows the stored fingerprints only from the index (StoredFingerprints)
        try (ArticleStore reopened = ArticleStore.openForWriting(dir, StoreConfig.defaults());
             ArticleStore reader = ArticleStore.openForReading(dir)) {
            Document copy = Document.of("copy", "Breaking: " + paragraph);
            assertTrue(reader.check(copy).reuse().stream().anyMatch(p -> p.a().equals(source.id()) || p.b().equals(source.id())));
            IngestOutcome stored = reopened.add(copy, null);
            assertTrue(stored.reuse().stream().anyMatch(p -> p.a().equals(source.id()) || p.b().equals(source.id())),
                    "the copy is matched with the article it was taken from");
        }
    }

    @Test
    void committedArticlesSurviveAndUncommittedOnesAreDroppedOnClose() throws IOException {
        try (ArticleStore store = storeWithSeeds()) {
            store.add(Document.of("late", "An article that is added but never committed, about nothing else."), null);
            assertTrue(store.article("late").isEmpty(), "readers see what is durable, nothing before");
        }
        try (ArticleStore reopened = ArticleStore.openForReading(dir)) {
            assertEquals(5, reopened.stats().articles());
            assertTrue(reopened.article("late").isEmpty());
            assertEquals(seeds.get(1).text(), reopened.article(seeds.get(1).id()).orElseThrow().document().text());
        }
        try (ArticleStore writer = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            IngestOutcome next = writer.add(Document.of("next", "Another article about a harbour strike."), null);
            writer.commit();
            assertFalse(writer.storyOf("next").isEmpty());
            assertTrue(next.newStory());
            Set<String> ids = writer.stories(0, 100).stream().map(Story::id).collect(Collectors.toSet());
            assertEquals(ids.size(), writer.stats().stories(), "story numbering goes on after a reopen, without clashes");
        }
    }

    @Test
    void readersInAnotherOpenSeeTheLastCommitWhileTheWriterGoesOn() throws IOException {
        try (ArticleStore writer = storeWithSeeds(); ArticleStore reader = ArticleStore.openForReading(dir)) {
            writer.add(Document.of("fresh", "A harbour strike closed the port for a day."), null);
            assertTrue(reader.article("fresh").isEmpty());
            writer.commit();
            assertTrue(reader.article("fresh").isPresent());
            StoreException busy = assertThrows(StoreException.class,
                    () -> ArticleStore.openForWriting(dir, StoreConfig.defaults()));
            assertTrue(busy.getMessage().contains("in use"), busy.getMessage());
        }
    }

    @Test
    void searchFindsArticlesByWordsOutletAndDate() throws IOException {
        try (ArticleStore store = storeWithSeeds()) {
            Document dated = seeds.stream().filter(d -> d.published() != null && d.outlet() != null).findFirst().orElseThrow();
            SearchResults byOutlet = store.search(new SearchQuery(null, null, dated.outlet().toUpperCase(), null, null, 0, 10));
            assertTrue(byOutlet.hits().stream().anyMatch(h -> h.document().equals(dated.id())));

            LocalDate day = dated.published().date();
            SearchResults byDate = store.search(new SearchQuery(null, null, null, day, day, 0, 10));
            assertTrue(byDate.hits().stream().allMatch(h -> h.published() != null && h.published().date().equals(day)));
            assertFalse(byDate.hits().isEmpty());

            String word = longestWord(dated.text());
            SearchResults byText = store.search(SearchQuery.text(word));
            assertTrue(byText.hits().stream().anyMatch(h -> h.document().equals(dated.id())), word);
            assertTrue(byText.hits().get(0).snippet().toLowerCase().contains(word.toLowerCase()));
            assertNotEquals(0, store.search(SearchQuery.text("\"unbalanced quote ( [")).total() + 1,
                    "a malformed query is read leniently, not thrown");
        }
    }

    /** The stored article with the most reuse: the one another report copied. */
    private static Document copier(ArticleStore store) {
        return seeds.stream()
                .max(java.util.Comparator.comparingInt(d -> store.reuseOf(d.id()).stream().mapToInt(ReusePair::sharedWords).sum()))
                .orElseThrow();
    }

    private static String longestWord(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}]+")).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    }
}
