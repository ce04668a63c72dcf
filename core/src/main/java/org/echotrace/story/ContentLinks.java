package org.echotrace.story;

import java.util.List;

/**
 * Which documents are compared for a story, and how alike their subjects are, found through an index of
 * each document's most distinctive words rather than over every pair sharing a word (on a corpus with a
 * narrow vocabulary nearly every pair shares some word, and that search was quadratic).
 *
 * <p>Each document's {@link #SEED_WORDS} heaviest subject words are its seeds. A word links the documents
 * holding it when it is a seed of at least one of them and is held by at most {@link #MAX_HOLDERS}
 * documents: a word that many documents hold is not what tells one event from another (its weight is low
 * too). The content similarity of two documents is the sum, over the words that link them, of the products
 * of their weights: the part of their cosine that their distinctive words make; sums under {@link #MIN_LINK}
 * are dropped. The cost is at most seeds x holders per document, and the memory that of the links found,
 * whatever the corpus. The batch path, the
 * Spark job and their tests compute it with {@link #link}, word by word.
 */
public final class ContentLinks {

    /** Heaviest words per document that seed links. */
    public static final int SEED_WORDS = 80;
    /** Words held by more documents than this link none. */
    public static final int MAX_HOLDERS = 100;
    /**
     * Content links weaker than this are dropped (count as 0, as unlinked pairs do): half the default story
     * threshold, far below what joins two stories. On a corpus of look-alike texts (the planted corpus of
     * bench) most candidate pairs share a little, and this keeps the links few: 484,286 among 10,000 articles.
     */
    public static final double MIN_LINK = 0.03;

    /** A document holding a word: its index, the word's weight in its vector, and whether it is a seed. */
    public record Holder(int document, double weight, boolean seed) implements java.io.Serializable {
    }

    /** Receives the product of two documents' weights of one word. */
    @FunctionalInterface
    public interface Products {
        void add(int a, int b, double product);
    }

    private ContentLinks() {
    }

    /** A content similarity as it counts: itself, or 0 under {@link #MIN_LINK}. */
    public static double kept(double similarity) {
        return similarity >= MIN_LINK ? similarity : 0;
    }

    /**
     * The products one word gives: every pair of its holders of which at least one holds it as a seed,
     * when it has at least 2 and at most {@code maxHolders} holders. {@code holders} are in document order.
     */
    public static void link(List<Holder> holders, int maxHolders, Products out) {
        int n = holders.size();
        if (n < 2 || n > maxHolders) {
            return;
        }
        for (int x = 0; x < n; x++) {
            Holder a = holders.get(x);
            for (int y = x + 1; y < n; y++) {
                Holder b = holders.get(y);
                if (a.seed() || b.seed()) {
                    out.add(a.document(), b.document(), a.weight() * b.weight());
                }
            }
        }
    }
}
