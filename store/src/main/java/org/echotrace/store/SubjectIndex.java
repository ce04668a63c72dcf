package org.echotrace.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.echotrace.story.SubjectTerms;
import org.echotrace.story.SubjectVector;

/**
 * Which stored articles hold each subject word, in memory, and so in how many. Story vectors weigh every
 * word by that count (asking the index for each of thousands of words per article cost more than the rest
 * of the match), and story assignment searches it for the articles on the same subject as a new one: as a
 * Lucene query that search was a quarter of the cost of storing an article (each term looked up again in
 * every segment), and it saw only the articles of the last refresh, so the stories depended on where the
 * refreshes fell. Here every stored article counts, those added since the last refresh too, in the order
 * they were stored, so the same articles give the same stories however they are batched. Read from the
 * index when the store opens, kept current by the writer; checking threads read it while the writer adds.
 *
 * <p>Scores are BM25's (k1 1.2, b 0.75, as Lucene scored the query before): a query word weighs its
 * boost times its rarity among the stored articles, damped by the length (in distinct subject words) of
 * the article holding it. Ties go to the earliest stored article. Counts are of the stored articles now
 * (Lucene's counted removed ones until their segment merged).
 */
final class SubjectIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** The articles holding one word, by ordinal (order of storing), removed ones included until reopened. */
    private static final class Postings {
        int[] articles = new int[2];
        int size;
        /** Stored articles holding the word now; read without the lock. */
        volatile int live;

        void add(int article) {
            if (size == articles.length) {
                articles = Arrays.copyOf(articles, size + (size >> 1) + 1);
            }
            articles[size++] = article;
            live++;
        }
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Queue<Accumulator> spareAccumulators = new ConcurrentLinkedQueue<>();
    private final Map<String, Postings> postings = new ConcurrentHashMap<>();
    private final Map<String, Integer> ordinalOf = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    /** Distinct subject words per article, by ordinal. */
    private int[] lengths = new int[16];
    private final BitSet removed = new BitSet();
    private long totalLength;
    /** Stored articles; read without the lock. */
    private volatile int live;

    /** Every article in the index, in the order they were stored (their sequence numbers). */
    static SubjectIndex of(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<long[]> stored = new ArrayList<>();
        List<String> storedIds = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            NumericDocValues sequences = leaf.reader().getNumericDocValues(Fields.SEQUENCE);
            SortedDocValues articleIds = leaf.reader().getSortedDocValues(Fields.ARTICLE_ID);
            Bits liveDocs = leaf.reader().getLiveDocs();
            if (sequences == null) {
                continue;
            }
            for (int doc = sequences.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sequences.nextDoc()) {
                if (liveDocs == null || liveDocs.get(doc)) {
                    stored.add(new long[] {sequences.longValue(), leaf.ord, doc, storedIds.size()});
                    // stores written before the id doc values have the id as a stored field only
                    storedIds.add(articleIds != null && articleIds.advanceExact(doc)
                            ? articleIds.lookupOrd(articleIds.ordValue()).utf8ToString()
                            : leaf.reader().storedFields().document(doc).get(Fields.ID));
                }
            }
        }
        stored.sort(Comparator.comparingLong(s -> s[0]));
        int[][] ordinalOfDoc = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            ordinalOfDoc[leaf.ord] = new int[leaf.reader().maxDoc()];
            Arrays.fill(ordinalOfDoc[leaf.ord], -1);
        }
        SubjectIndex index = new SubjectIndex();
        for (long[] article : stored) {
            ordinalOfDoc[(int) article[1]][(int) article[2]] = index.newArticle(storedIds.get((int) article[3]));
        }
        PostingsEnum[] reuse = new PostingsEnum[1];
        IndexTerms.forEach(reader, Fields.WORDS, (leaf, term, position) -> {
            reuse[0] = position.postings(reuse[0], PostingsEnum.NONE);
            Postings holders = null;
            for (int doc = reuse[0].nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reuse[0].nextDoc()) {
                int ordinal = ordinalOfDoc[leaf.ord][doc];
                if (ordinal >= 0) {
                    holders = holders == null ? index.postings.computeIfAbsent(term.utf8ToString(), w -> new Postings())
                            : holders;
                    index.hold(holders, ordinal);
                }
            }
        });
        return index;
    }

    /** Adds a newly stored article (after every article stored before it). */
    void add(String id, SubjectTerms.Counts words) {
        lock.writeLock().lock();
        try {
            int ordinal = newArticle(id);
            for (String word : words.counts().keySet()) {
                hold(postings.computeIfAbsent(word, w -> new Postings()), ordinal);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Takes a stored article out; {@code words} are its subject words as stored. */
    void remove(String id, SubjectTerms.Counts words) {
        lock.writeLock().lock();
        try {
            Integer ordinal = ordinalOf.remove(id);
            if (ordinal == null) {
                return;
            }
            removed.set(ordinal);
            live--;
            totalLength -= lengths[ordinal];
            for (String word : words.counts().keySet()) {
                Postings holders = postings.get(word);
                if (holders != null) {
                    holders.live--;
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** In how many stored articles the word is a subject word. */
    int frequency(String word) {
        Postings holders = postings.get(word);
        return holders == null ? 0 : holders.live;
    }

    int articles() {
        return live;
    }

    /** Whether an article of this id is stored (committed or not). */
    boolean holds(String id) {
        lock.readLock().lock();
        try {
            return ordinalOf.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Ids of the stored articles that score highest for the {@code queryWords} heaviest words of
     * {@code vector}, each word boosted by its weight there; best first, ties to the earliest stored.
     */
    List<String> similar(SubjectVector vector, int queryWords, int limit) {
        List<String> words = vector.heaviestWords(queryWords);
        Accumulator scores = Optional.ofNullable(spareAccumulators.poll()).orElseGet(Accumulator::new);
        lock.readLock().lock();
        try {
            scores.start(ids.size());
            // word by word in query order, so that each article's score adds up in the same order every time
            for (String word : words) {
                Postings holders = postings.get(word);
                if (holders == null || holders.live == 0) {
                    continue;
                }
                double weight = vector.weight(word) * Math.log(1 + (live - holders.live + 0.5) / (holders.live + 0.5));
                for (int k = 0; k < holders.size; k++) {
                    if (!removed.get(holders.articles[k])) {
                        scores.add(holders.articles[k], weight);
                    }
                }
            }
            Ranking best = new Ranking(limit);
            double averageLength = (double) totalLength / Math.max(1, live);
            for (int i = 0; i < scores.touched; i++) {
                int article = scores.articles[i];
                best.offer(article, scores.score[article] * lengthNorm(article, averageLength));
            }
            return best.articles().stream().map(ids::get).toList();
        } finally {
            lock.readLock().unlock();
            spareAccumulators.offer(scores);
        }
    }

    /**
     * Scores summed per article in arrays indexed by ordinal, reused between searches (one per concurrent
     * search): adding into them costs one step per posting, where sorting the postings cost a tenth of
     * storing an article in a store of 100,000.
     */
    private static final class Accumulator {
        double[] score = new double[0];
        /** The search in which an article was last scored: marks it touched without clearing the arrays. */
        int[] scoredIn = new int[0];
        int[] articles = new int[64];
        int touched;
        int search;

        void start(int size) {
            if (score.length < size) {
                score = new double[size + (size >> 2)];
                scoredIn = new int[score.length];
            }
            touched = 0;
            search++;
        }

        void add(int article, double weight) {
            if (scoredIn[article] != search) {
                scoredIn[article] = search;
                score[article] = 0;
                if (touched == articles.length) {
                    articles = Arrays.copyOf(articles, touched * 2);
                }
                articles[touched++] = article;
            }
            score[article] += weight;
        }
    }

    /** The best few articles, by score, then earliest stored. */
    private static final class Ranking {
        private final int[] articles;
        private final double[] scores;
        private int size;

        Ranking(int limit) {
            articles = new int[limit];
            scores = new double[limit];
        }

        void offer(int article, double score) {
            if (size == articles.length && !ranksBefore(article, score, size - 1)) {
                return;
            }
            int at = Math.min(size, articles.length - 1);
            while (at > 0 && ranksBefore(article, score, at - 1)) {
                articles[at] = articles[at - 1];
                scores[at] = scores[at - 1];
                at--;
            }
            articles[at] = article;
            scores[at] = score;
            size = Math.min(size + 1, articles.length);
        }

        private boolean ranksBefore(int article, double score, int place) {
            return score > scores[place] || (score == scores[place] && article < articles[place]);
        }

        List<Integer> articles() {
            List<Integer> ranked = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                ranked.add(articles[k]);
            }
            return ranked;
        }
    }

    private double lengthNorm(int article, double averageLength) {
        return 1 / (1 + K1 * (1 - B + B * lengths[article] / averageLength));
    }

    private int newArticle(String id) {
        int ordinal = ids.size();
        ids.add(id);
        ordinalOf.put(id, ordinal);
        if (ordinal == lengths.length) {
            lengths = Arrays.copyOf(lengths, ordinal * 2);
        }
        live++;
        return ordinal;
    }

    private void hold(Postings holders, int ordinal) {
        holders.add(ordinal);
        lengths[ordinal]++;
        totalLength++;
    }
}
