package org.echotrace.store;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.echotrace.story.SubjectTerms;

/**
 * How many stored articles hold each subject word, kept in memory: story vectors weigh every word by it,
 * and asking the index for each of thousands of words per article would cost more than the rest of the
 * match. Read from the index once at open, then kept up to date by the writer.
 */
final class WordFrequencies {

    private final ConcurrentHashMap<String, Integer> frequency = new ConcurrentHashMap<>();
    private final AtomicInteger articles = new AtomicInteger();

    static WordFrequencies of(IndexReader reader) throws IOException {
        WordFrequencies words = new WordFrequencies();
        // deleted articles still count until their segment merges: a small, temporary overcount
        IndexTerms.forEach(reader, Fields.WORDS,
                (term, position) -> words.frequency.merge(term.utf8ToString(), position.docFreq(), Integer::sum));
        words.articles.set(new Snapshot(new org.apache.lucene.search.IndexSearcher(reader)).articleCount());
        return words;
    }

    int of(String word) {
        return frequency.getOrDefault(word, 0);
    }

    int articles() {
        return articles.get();
    }

    void add(SubjectTerms.Counts words) {
        words.counts().keySet().forEach(w -> frequency.merge(w, 1, Integer::sum));
        articles.incrementAndGet();
    }

    void remove(SubjectTerms.Counts words) {
        words.counts().keySet().forEach(w -> frequency.computeIfPresent(w, (k, n) -> n > 1 ? n - 1 : null));
        articles.decrementAndGet();
    }
}
