package org.echotrace.store;

import java.util.List;
import org.echotrace.domain.Published;

/** One page of articles found, best first, and how many were found in all. */
public record SearchResults(long total, List<Hit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /**
     * @param story   the story the article is in
     * @param snippet a stretch of its text around the first word searched for (plain text, not escaped)
     */
    public record Hit(String document, String title, String outlet, Published published, String story,
                      String snippet, double score) {
    }
}
