package org.echotrace.store;

import java.time.LocalDate;

/**
 * What to look for; every part is optional and the parts that are given must all match.
 *
 * @param text   words in the title or text (simple syntax: {@code "a phrase"}, {@code -not}, {@code a | b})
 * @param entity a name the language layer found in the article
 * @param outlet the outlet, exactly (case ignored)
 * @param from   published on or after
 * @param to     published on or before
 */
public record SearchQuery(String text, String entity, String outlet, LocalDate from, LocalDate to, int offset,
                          int limit) {

    public static final int MAX_LIMIT = 1000;
    /**
     * The deepest page: a search keeps every hit up to {@code offset + limit} in memory, so paging deeper
     * than this is refused (export reads a whole store).
     */
    public static final int MAX_OFFSET = 100_000;

    public SearchQuery {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + ", was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, 0, 20);
    }
}
