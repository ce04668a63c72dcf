package org.echotrace.reuse;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * The words of each document of one detection, cut once and kept while a memory budget lasts: a document
 * shares shingles with many others, and tokenising it again for every candidate pair was a tenth of the
 * whole analyze command at 100k articles. Past the budget, documents are cut again each time (slower,
 * never out of memory).
 */
final class TokenCache {

    /** Share of the heap the kept words may take. */
    private static final int HEAP_SHARE = 4;

    private final List<String> texts;
    private final TokenizedText[] kept;
    private final AtomicLong budget;

    TokenCache(List<String> texts) {
        this.texts = texts;
        this.kept = new TokenizedText[texts.size()];
        this.budget = new AtomicLong(Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    /**
     * Document {@code d}'s words. Threads may cut the same document at once; either result is kept (they
     * are equal, and a {@link TokenizedText} is immutable, so it is safely shared however it is published).
     */
    TokenizedText of(int d) {
        TokenizedText words = kept[d];
        if (words != null) {
            return words;
        }
        words = WordTokenizer.tokenize(texts.get(d)).compact();
        if (budget.addAndGet(-words.arrayBytes()) >= 0) {
            kept[d] = words;
        }
        return words;
    }
}
