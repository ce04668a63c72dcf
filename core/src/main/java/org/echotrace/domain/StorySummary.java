package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a story's claims rest on, counted and put in words.
 *
 * @param reports              documents in the story
 * @param namedSources         independent named sources (people, organisations, outlets speaking for
 *                             themselves)
 * @param anonymousSources     independent anonymous sources: unnamed sources are told apart only by the
 *                             outlet they spoke through
 * @param singleAnonymousClaims claims that rest on one anonymous source and nothing else
 * @param unsourcedAdditions   per document, the claims it alone makes and that nobody sources
 * @param sentences            the summary in plain sentences
 */
public record StorySummary(int reports, int namedSources, int anonymousSources, int singleAnonymousClaims,
                           List<DocumentCount> unsourcedAdditions, List<String> sentences) {
    public StorySummary {
        unsourcedAdditions = List.copyOf(unsourcedAdditions);
        sentences = List.copyOf(sentences);
    }

    /** A number of things per document. */
    public record DocumentCount(String document, int count) {
        public DocumentCount {
            Objects.requireNonNull(document, "document");
        }
    }
}
