package org.echotrace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.util.QueryBuilder;
import org.echotrace.domain.Document;
import org.echotrace.domain.Story;

/** Searches and listings over one snapshot. */
final class StoreSearch {

    private static final int SNIPPET_CHARS = 240;

    private final Snapshot snapshot;

    StoreSearch(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    static Query all(String type) {
        return new TermQuery(new Term(Fields.TYPE, type));
    }

    List<Story> stories(int offset, int limit) {
        Sort latestThenLargest = new Sort(sortField(Fields.STORY_LATEST), sortField(Fields.STORY_SIZE));
        List<Story> stories = new ArrayList<>();
        for (ScoreDoc hit : page(all(Fields.STORY), latestThenLargest, offset, limit).scoreDocs) {
            stories.add(EntryCodec.story(snapshot.entry(hit.doc)));
        }
        return stories.subList(Math.min(offset, stories.size()), stories.size());
    }

    SearchResults search(SearchQuery query) {
        try {
            return searchOrThrow(query);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQuery("the search has more words or alternatives than the " + IndexSearcher.getMaxClauseCount()
                    + " one search may have; narrow it");
        }
    }

    private SearchResults searchOrThrow(SearchQuery query) {
        Query lucene = toLucene(query);
        boolean byText = query.text() != null && !query.text().isBlank();
        Sort order = byText ? Sort.RELEVANCE : new Sort(sortField(Fields.DAY), sortField(Fields.SEQUENCE));
        TopDocs top = page(lucene, order, query.offset(), query.limit());
        List<SearchResults.Hit> hits = new ArrayList<>();
        ScoreDoc[] found = top.scoreDocs;
        for (int i = query.offset(); i < found.length; i++) {
            StoredArticle article = EntryCodec.article(snapshot.entry(found[i].doc));
            Document doc = article.document();
            String story = snapshot.storyOf(doc.id()).map(Story::id).orElse(null);
            hits.add(new SearchResults.Hit(doc.id(), doc.title(), doc.outlet(), doc.published(), story,
                    snippet(doc.text(), byText ? query.text() : null), Float.isNaN(found[i].score) ? 0 : found[i].score));
        }
        return new SearchResults(top.totalHits.value, hits);
    }

    /** Calls {@code action} on every entry of a type, in index order. */
    void forEach(String type, Consumer<org.apache.lucene.document.Document> action) {
        try {
            Query query = all(type);
            int total = snapshot.searcher().count(query);
            if (total == 0) {
                return;
            }
            Sort order = Fields.ARTICLE.equals(type) ? new Sort(new SortField(Fields.SEQUENCE, SortField.Type.LONG))
                    : Sort.INDEXORDER;
            for (ScoreDoc hit : snapshot.searcher().search(query, total, order).scoreDocs) {
                action.accept(snapshot.entry(hit.doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query toLucene(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(all(Fields.ARTICLE), BooleanClause.Occur.FILTER);
        if (query.text() != null && !query.text().isBlank()) {
            SimpleQueryParser parser = new SimpleQueryParser(TextAnalysis.analyzer(),
                    java.util.Map.of(Fields.TEXT, 1f, Fields.TITLE, 2f));
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            Query text = parser.parse(query.text());
            all.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        }
        if (query.entity() != null && !query.entity().isBlank()) {
            Query phrase = new QueryBuilder(TextAnalysis.analyzer()).createPhraseQuery(Fields.ENTITY, query.entity());
            all.add(phrase == null ? new MatchAllDocsQuery() : phrase, BooleanClause.Occur.FILTER);
        }
        if (query.outlet() != null && !query.outlet().isBlank()) {
            all.add(new TermQuery(new Term(Fields.OUTLET, EntryCodec.outletKey(query.outlet()))), BooleanClause.Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            all.add(LongPoint.newRangeQuery(Fields.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private TopDocs page(Query query, Sort sort, int offset, int limit) {
        try {
            // SearchQuery bounds both, but never let the sum wrap round
            int upTo = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
            return snapshot.searcher().search(query, upTo, sort, sort == Sort.RELEVANCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SortField sortField(String field) {
        SortField sort = new SortField(field, SortField.Type.LONG, true);
        sort.setMissingValue(Long.MIN_VALUE);
        return sort;
    }

    /** Plain text around the first searched word found, else the text's start. */
    static String snippet(String text, String searched) {
        int at = 0;
        if (searched != null) {
            String lower = lowerKeepingOffsets(text);
            for (String word : lowerKeepingOffsets(searched).split("[^\\p{L}\\p{N}]+")) {
                int found = word.length() < 2 ? -1 : lower.indexOf(word);
                if (found >= 0) {
                    at = found;
                    break;
                }
            }
        }
        int start = Math.max(0, at - SNIPPET_CHARS / 3);
        // start at a word, unless the text has no space for long (then the found word would be cut off)
        int earliest = Math.max(0, start - SNIPPET_CHARS / 6);
        while (start > earliest && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        String piece = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "\u2026" : "") + piece + (end < text.length() ? "\u2026" : "");
    }

    /**
     * Lower case one char at a time. {@link String#toLowerCase} may change the length (U+0130 "İ" becomes
     * "i" and a combining dot), and an offset found in the lowered text must point into the original.
     */
    static String lowerKeepingOffsets(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
