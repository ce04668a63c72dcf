package org.echotrace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.story.SubjectTerms;

/**
 * Matches one article against a snapshot of the store: candidates from the fingerprint postings, aligned
 * with the batch {@link ReuseDetector}, then the story it belongs to. Used for storing and for checking.
 */
final class Matcher {

    /** Fewer shared fingerprints than this are chance phrase matches (as in the batch detector). */
    private static final int MIN_HITS = 2;
    /** Articles aligned with one new article; the most-sharing ones, so the copies are among them. */
    private static final int MAX_CANDIDATES = 50;

    /** What matching found, and what storing needs besides. */
    record Match(List<ReusePair> reuse, StoryAssigner.Assignment story, long[] fingerprints,
                 SubjectTerms.Counts words) {
    }

    private final StoreConfig config;
    private final FingerprintMatcher fingerprints;

    Matcher(StoreConfig config) {
        this.config = config;
        this.fingerprints = new FingerprintMatcher(config.reuse().maxDocumentFrequency(), MIN_HITS, MAX_CANDIDATES);
    }

    Match match(Snapshot snapshot, Document document) {
        long[] prints = Fingerprints.of(document.text(), config.reuse().ngram());
        List<Document> candidates = new ArrayList<>();
        try {
            for (FingerprintMatcher.Candidate candidate : fingerprints.candidates(snapshot.searcher().getIndexReader(), prints)) {
                StoredArticle stored = EntryCodec.article(snapshot.entry(candidate.luceneId()));
                if (!stored.document().id().equals(document.id())) {
                    candidates.add(stored.document());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ReusePair> reuse = candidates.isEmpty() ? List.of()
                : new ReuseDetector(config.reuse()).pairsWith(document, candidates);
        SubjectTerms.Counts words = SubjectTerms.count(document.text());
        StoryAssigner.Assignment story = new StoryAssigner(config.stories()).assign(snapshot, document, words, reuse);
        return new Match(reuse, story, prints, words);
    }

    CheckResult check(Snapshot snapshot, Document document) {
        Match match = match(snapshot, document);
        return new CheckResult(document, match.reuse(), match.story().story().orElse(null), match.story().similarity());
    }
}
