package org.echotrace.domain;

/**
 * One stretch of text shared by two documents.
 *
 * @param a        where it stands in the pair's first document
 * @param b        where it stands in the pair's second document
 * @param words    words aligned between the two sides (matched words)
 * @param identity share of aligned words that are the same on both sides, 0..1
 */
public record Passage(Span a, Span b, int words, double identity) {
    public Passage {
        if (words < 0 || identity < 0 || identity > 1) {
            throw new IllegalArgumentException("invalid passage: words=" + words + " identity=" + identity);
        }
    }
}
