package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.echotrace.domain.Document;
import org.echotrace.story.SubjectTerms;
import org.echotrace.story.SubjectVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same articles give the same stories and pairs however they are batched: matching must not depend on
 * when the writer refreshed its searchers, nor on what a reopened writer read back from the index.
 */
class TestStoreDeterminism {

    /** What an ingest left: every story's members and every pair with its passages. */
    record Outcome(Set<Set<String>> stories, Set<String> pairs) {
    }

    static List<Document> articles;

    @TempDir
    Path dir;

    /**
     * Articles put together from the example reports' paragraphs, three each, so that many share a
     * paragraph (reuse) and several draw on the same report (stories).
     */
    @BeforeAll
    static void makeArticles() {
        TestArticleStore.readSeeds();
        List<String> paragraphs = new ArrayList<>();
        for (Document seed : TestArticleStore.seeds) {
            Arrays.stream(seed.text().split("\n\\s*\n")).filter(p -> p.length() > 200).forEach(paragraphs::add);
        }
        Random random = new Random(7);
        articles = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String text = String.join("\n\n", paragraphs.get(random.nextInt(paragraphs.size())),
                    paragraphs.get(random.nextInt(paragraphs.size())), paragraphs.get(random.nextInt(paragraphs.size())));
            articles.add(Document.of(String.format("a%03d", i), text));
        }
    }

    @Test
    void theSameArticlesInOneBatchOrOneAtATimeGiveTheSameStoriesAndPairs() {
        Outcome oneBatch = ingest(dir.resolve("one"), articles.size());
        Outcome again = ingest(dir.resolve("again"), articles.size());
        Outcome oneAtATime = ingest(dir.resolve("single"), 1);
        Outcome inSevens = ingest(dir.resolve("sevens"), 7);

        assertFalse(oneBatch.pairs().isEmpty());
        assertTrue(oneBatch.stories().size() < articles.size(), "articles on the same subject share a story");
        assertEquals(oneBatch, again);
        assertEquals(oneBatch, oneAtATime, "a commit (and refresh) after every article changes nothing");
        assertEquals(oneBatch, inSevens);
    }

    @Test
    void datedTitledArticlesGiveTheSameStoriesInOneBatchOrOneAtATime() {
        // dated and titled (a paragraph's first words), so that headlines count in stories of few documents
        List<Document> dated = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Document a = articles.get(i);
            String title = String.join(" ", Arrays.asList(a.text().split("\\s+")).subList(0, 6));
            dated.add(new Document(a.id(), a.id(), title, null, null,
                    org.echotrace.domain.Published.of(java.time.LocalDate.of(2023, 9, 1 + i % 5)), false, false, false,
                    a.text(), List.of(), java.util.Map.of()));
        }
        Outcome oneBatch = ingest(dir.resolve("one"), dated, dated.size());
        assertTrue(oneBatch.stories().size() < dated.size(), "dated articles on the same subject share a story");
        assertEquals(oneBatch, ingest(dir.resolve("single"), dated, 1));
        assertEquals(oneBatch, ingest(dir.resolve("sevens"), dated, 7));
    }

    @Test
    void anIngestSplitIntoRunsGivesTheStoriesOfOneRun() {
        Outcome oneRun = ingest(dir.resolve("one"), articles.size());
        // the first 40, then all of them again (the 40 unchanged) in a new process's writer, then a third run
        Path split = dir.resolve("split");
        ingest(split, articles.subList(0, 40), 40);
        ingest(split, articles.subList(0, 110), 25);
        Outcome inRuns = ingest(split, articles, 60);
        assertEquals(oneRun, inRuns, "a reopened writer compares with the vectors of when the articles were stored");
    }

    @Test
    void theSubjectIndexReadBackFromTheStoreIsTheOneTheWriterKept() throws IOException {
        SubjectIndex kept = new SubjectIndex();
        try (ArticleStore store = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            for (int i = 0; i < articles.size(); i++) {
                Document article = articles.get(i);
                store.add(article, null);
                kept.add(article.id(), SubjectTerms.count(article.text()));
                if (i % 40 == 39) {
                    store.commit();
                }
            }
            // a replaced article leaves the index and comes back, last, with its new words
            Document replaced = Document.of(articles.get(3).id(), articles.get(8).text());
            store.add(replaced, null);
            kept.remove(replaced.id(), SubjectTerms.count(articles.get(3).text()));
            kept.add(replaced.id(), SubjectTerms.count(replaced.text()));
            store.commit();
        }
        SubjectIndex read;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve(ArticleStore.INDEX)))) {
            read = SubjectIndex.of(reader);
        }
        assertEquals(kept.articles(), read.articles());
        for (Document article : articles) {
            SubjectTerms.Counts words = SubjectTerms.count(article.text());
            for (String word : words.counts().keySet()) {
                assertEquals(kept.frequency(word), read.frequency(word), word);
            }
            SubjectVector vector = SubjectVector.weigh(words, kept::frequency, kept.articles());
            List<String> similar = kept.similar(vector, 15, 20);
            assertFalse(similar.isEmpty());
            assertEquals(similar, read.similar(vector, 15, 20), article.id());
        }
    }

    private Outcome ingest(Path store, int batch) {
        return ingest(store, articles, batch);
    }

    private Outcome ingest(Path store, List<Document> articles, int batch) {
        try (ArticleStore writer = ArticleStore.openForWriting(store, StoreConfig.defaults())) {
            for (int from = 0; from < articles.size(); from += batch) {
                articles.subList(from, Math.min(articles.size(), from + batch)).forEach(a -> writer.add(a, null));
                writer.commit();
            }
            Set<Set<String>> stories = new HashSet<>();
            writer.forEachStory(s -> stories.add(Set.copyOf(s.documents())));
            Set<String> pairs = new HashSet<>();
            writer.forEachPair(p -> pairs.add(p.toString()));
            return new Outcome(stories, pairs);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
