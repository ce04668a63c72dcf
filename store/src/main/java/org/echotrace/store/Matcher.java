package org.echotrace.store;

import java.util.List;
import java.util.function.LongPredicate;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.story.SubjectTerms;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Matches one article against the store: candidates from the fingerprint postings, aligned with the batch
 * {@link ReuseDetector}, then the story it belongs to. Used for storing and for checking.
 */
final class Matcher {

    /** Fewer shared fingerprints than this are chance phrase matches (as in the batch detector). */
    static final int MIN_HITS = 2;
    /** Articles aligned with one new article; the most-sharing ones, so the copies are among them. */
    static final int MAX_CANDIDATES = 50;

    /** What matching found, and what storing needs besides. */
    record Match(List<ReusePair> reuse, StoryAssigner.Assignment story, long[] fingerprints,
                 SubjectTerms.Counts words) {
    }

    private final StoreConfig config;

    Matcher(StoreConfig config) {
        this.config = config;
    }

    static FingerprintMatcher fingerprints(StoreConfig config, LongPredicate mightBeStored) {
        return new FingerprintMatcher(config.reuse().maxDocumentFrequency(), MIN_HITS, MAX_CANDIDATES, mightBeStored);
    }

    Match match(StoreView view, Document document) {
        TokenizedText words = WordTokenizer.tokenize(document.text());
        long[] prints = Fingerprints.of(words, config.reuse().ngram(), config.fingerprintWindow());
        List<Document> candidates = view.sharingText(prints, document.id());
        List<ReusePair> reuse = candidates.isEmpty() ? List.of()
                : new ReuseDetector(config.reuse()).pairsWith(document, candidates);
        SubjectTerms.Counts subject = SubjectTerms.count(document.text(), words);
        StoryAssigner.Assignment story = new StoryAssigner(config.stories()).assign(view, document, subject, reuse);
        return new Match(reuse, story, prints, subject);
    }

    CheckResult check(StoreView view, Document document) {
        Match match = match(view, document);
        return new CheckResult(document, match.reuse(), match.story().story().orElse(null), match.story().similarity());
    }
}
