package org.echotrace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.echotrace.domain.Document;
import org.echotrace.domain.Story;
import org.echotrace.story.EventProfile;
import org.echotrace.story.SubjectTerms;
import org.echotrace.story.SubjectVector;

/**
 * Everything stored as matching sees it: the index snapshot, overlaid with the articles the writer added
 * since that snapshot, and the in-memory subject index, profiles and stories of both.
 */
final class StoreView {

    private final Snapshot snapshot;
    private final RecentArticles recent;
    private final FingerprintMatcher fingerprints;
    private final ArticleProfiles profiles;
    private final StoryIndex stories;
    private final SubjectIndex subjects;

    StoreView(Snapshot snapshot, RecentArticles recent, FingerprintMatcher fingerprints,
              ArticleProfiles profiles, StoryIndex stories, SubjectIndex subjects) {
        this.snapshot = snapshot;
        this.recent = recent;
        this.fingerprints = fingerprints;
        this.profiles = profiles;
        this.stories = stories;
        this.subjects = subjects;
    }

    int articleCount() {
        return subjects.articles();
    }

    int wordFrequency(String word) {
        return subjects.frequency(word);
    }

    /**
     * A stored article's subject-word vector and date: its vector as weighed when it was stored, whether the
     * writer still remembers it, the article is in the index yet or not, or another run stored it; so stories
     * depend neither on when the searchers refreshed nor on how an ingest was split into runs.
     */
    Optional<ArticleProfiles.Profile> profile(String id) {
        return profiles.get(id, key -> recent.get(key)
                .map(r -> new ArticleProfiles.Profile(r.vector(), r.document().published(), EventProfile.of(r.document())))
                .or(() -> snapshot.profile(key, this::weigh)));
    }

    private WordVector weigh(SubjectTerms.Counts counts) {
        return WordVector.of(SubjectVector.weigh(counts, subjects::frequency, subjects.articles()));
    }

    Optional<Story> storyOf(String articleId) {
        return stories.storyOf(articleId);
    }

    /** Stored articles holding enough of the fingerprints, most sharing first, excluding {@code id}. */
    List<Document> sharingText(long[] prints, String id) {
        List<Document> found = new ArrayList<>();
        try {
            IndexReader reader = snapshot.searcher().getIndexReader();
            for (FingerprintMatcher.Candidate c : fingerprints.candidates(reader, prints, recent.holders())) {
                found.add(c.luceneId() >= reader.maxDoc() ? recent.document(c.luceneId() - reader.maxDoc())
                        : EntryCodec.article(snapshot.entry(c.luceneId())).document());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.removeIf(d -> d.id().equals(id));
        return found;
    }

    /** Ids of the stored articles whose subject words weigh most in {@code vector}, best first. */
    List<String> similar(SubjectVector vector, int queryWords, int limit) {
        return subjects.similar(vector, queryWords, limit);
    }
}
