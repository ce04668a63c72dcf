package org.echotrace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.echotrace.domain.Document;
import org.echotrace.domain.Story;
import org.echotrace.story.SubjectTerms;

/**
 * Everything stored as matching sees it: the index snapshot, overlaid with the articles the writer added
 * since that snapshot, and the in-memory word frequencies, profiles and stories of both.
 */
final class StoreView {

    private final Snapshot snapshot;
    private final RecentArticles recent;
    private final WordFrequencies words;
    private final FingerprintMatcher fingerprints;
    private final ArticleProfiles profiles;
    private final StoryIndex stories;

    StoreView(Snapshot snapshot, RecentArticles recent, WordFrequencies words, FingerprintMatcher fingerprints,
              ArticleProfiles profiles, StoryIndex stories) {
        this.snapshot = snapshot;
        this.recent = recent;
        this.words = words;
        this.fingerprints = fingerprints;
        this.profiles = profiles;
        this.stories = stories;
    }

    int articleCount() {
        return words.articles();
    }

    int wordFrequency(String word) {
        return words.of(word);
    }

    /** A stored article's subject-word vector (weighed by the store's word frequencies) and date. */
    Optional<ArticleProfiles.Profile> profile(String id) {
        return profiles.get(id, key -> recent.get(key)
                .map(r -> new ArticleProfiles.Profile(r.vector(), r.document().published()))
                .or(() -> snapshot.profile(key,
                        counts -> WordVector.of(SubjectTerms.vector(counts, words::of, words.articles())))));
    }

    Optional<Story> storyOf(String articleId) {
        return stories.storyOf(articleId);
    }

    /** Stored articles holding enough of the fingerprints, most sharing first, excluding {@code id}. */
    List<Document> sharingText(long[] prints, int minHits, String id) {
        List<Document> found = new ArrayList<>();
        try {
            for (FingerprintMatcher.Candidate c : fingerprints.candidates(snapshot.searcher().getIndexReader(), prints)) {
                Document stored = EntryCodec.article(snapshot.entry(c.luceneId())).document();
                found.add(stored);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.addAll(recent.sharing(prints, minHits));
        found.removeIf(d -> d.id().equals(id));
        return found;
    }

    /**
     * Ids of the articles whose subject words weigh most in {@code vector}: the index's best hits for its
     * heaviest words, and the recent articles whose words overlap it most.
     */
    /** Ties go to the earliest stored article: doc ids follow merges, and the same ingest must decide alike. */
    private static final Sort BEST_THEN_EARLIEST =
            new Sort(SortField.FIELD_SCORE, new SortField(Fields.SEQUENCE, SortField.Type.LONG));

    Set<String> similar(Map<String, Double> vector, int queryWords, int limit) {
        Set<String> ids = new LinkedHashSet<>();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : SubjectTerms.heaviestWords(vector, queryWords)) {
            query.add(new BoostQuery(new TermQuery(new Term(Fields.WORDS, word)), vector.get(word).floatValue()),
                    BooleanClause.Occur.SHOULD);
        }
        // only article entries have subject words: a filter on the entry type would only slow the search
        BooleanQuery articles = query.build();
        try {
            for (ScoreDoc hit : snapshot.searcher().search(articles, limit, BEST_THEN_EARLIEST).scoreDocs) {
                ids.add(snapshot.idOf(hit.doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ids.addAll(recent.closest(WordVector.of(vector), limit));
        return ids;
    }
}
