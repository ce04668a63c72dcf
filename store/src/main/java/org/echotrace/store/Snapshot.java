package org.echotrace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.story.EventProfile;
import org.echotrace.story.SubjectTerms;

/**
 * One point-in-time view of the store, for lookups by id. Readers use a snapshot while an ingest goes on;
 * they see the store as of the snapshot, never half an article.
 */
final class Snapshot {

    private final IndexSearcher searcher;

    Snapshot(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** The commit this snapshot reads: grows with every change a refresh made visible. */
    long version() {
        return searcher.getIndexReader() instanceof org.apache.lucene.index.DirectoryReader directory
                ? directory.getVersion() : -1;
    }

    Optional<StoredArticle> article(String id) {
        return first(typed(Fields.ARTICLE, Fields.ID, id)).map(EntryCodec::article);
    }

    /** The stored word counts of an article, for story vectors. */
    Optional<SubjectTerms.Counts> wordCounts(String id) {
        return first(typed(Fields.ARTICLE, Fields.ID, id))
                .map(entry -> SubjectTerms.Counts.decode(entry.get(Fields.WORD_COUNTS)));
    }

    /**
     * Vector, date and event profile of a stored article: the vector as weighed when it was stored, so that
     * stories do not depend on which process or run compares with it; stores written before that was kept
     * weigh the stored word counts with {@code weigh}. The event profile is made again from the stored text.
     */
    Optional<ArticleProfiles.Profile> profile(String id,
                                              java.util.function.Function<SubjectTerms.Counts, WordVector> weigh) {
        return first(typed(Fields.ARTICLE, Fields.ID, id)).map(entry -> {
            String published = entry.get(Fields.PUBLISHED);
            org.apache.lucene.util.BytesRef stored = entry.getBinaryValue(Fields.VECTOR);
            WordVector vector = stored != null ? WordVector.decode(stored)
                    : weigh.apply(SubjectTerms.Counts.decode(entry.get(Fields.WORD_COUNTS)));
            return new ArticleProfiles.Profile(vector,
                    published == null ? null : org.echotrace.domain.Published.parse(published),
                    EventProfile.of(EntryCodec.article(entry).document()));
        });
    }

    /** An article's id from its doc values: no stored-field block to decompress. */
    String idOf(int luceneId) {
        try {
            List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            org.apache.lucene.index.LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(luceneId, leaves));
            org.apache.lucene.index.SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ARTICLE_ID);
            if (ids == null || !ids.advanceExact(luceneId - leaf.docBase)) {
                return entry(luceneId).get(Fields.ID);
            }
            return ids.lookupOrd(ids.ordValue()).utf8ToString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> sha(String id) {
        return first(typed(Fields.ARTICLE, Fields.ID, id)).map(entry -> entry.get(Fields.SHA));
    }

    Optional<Story> story(String id) {
        return first(typed(Fields.STORY, Fields.ID, id)).map(EntryCodec::story);
    }

    /** What the claims stage made of a story, as kept (current or not). */
    Optional<StoryAnalysis.Made> made(String storyId) {
        return first(typed(Fields.CLAIMS, Fields.ID, storyId)).map(EntryCodec::made);
    }

    /** The story as its claims were last made for it (its members then, analyze's title, its summary). */
    Optional<Story> analyzed(String storyId) {
        return first(typed(Fields.CLAIMS, Fields.ID, storyId)).flatMap(EntryCodec::analyzed);
    }

    Optional<Story> storyOf(String articleId) {
        return first(typed(Fields.STORY, Fields.MEMBER, articleId)).map(EntryCodec::story);
    }

    List<ReusePair> pairsOf(String articleId) {
        List<ReusePair> pairs = new ArrayList<>();
        for (org.apache.lucene.document.Document entry : all(typed(Fields.PAIR, Fields.PAIR_DOCUMENT, articleId))) {
            pairs.add(EntryCodec.pair(entry));
        }
        return pairs;
    }

    int articleCount() {
        return count(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)));
    }

    org.apache.lucene.document.Document entry(int luceneId) {
        try {
            return searcher.storedFields().document(luceneId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query typed(String type, String field, String value) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
                .build();
    }

    int count(Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<org.apache.lucene.document.Document> first(Query query) {
        try {
            TopDocs top = searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(entry(top.scoreDocs[0].doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<org.apache.lucene.document.Document> all(Query query) {
        try {
            TopDocs top = searcher.search(query, Math.max(1, searcher.count(query)));
            List<org.apache.lucene.document.Document> entries = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                entries.add(entry(hit.doc));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
