package org.echotrace.reuse;

import java.util.Arrays;
import org.echotrace.text.TokenizedText;

/**
 * The shingle keys both the batch index and a distributed job sort by, so that the two see exactly the same
 * shingles as equal. A key packs the high bits of a shingle's hash above a position; how many bits the
 * position takes depends on the total number of shingles in the corpus, so two shingles are "the same" when
 * their hashes agree in the bits above that. A job that shards the corpus must mask with the corpus total,
 * not its shard's, or it would find other matches than the batch path.
 */
public final class ShingleKeys {

    private ShingleKeys() {
    }

    /** Bits a position (a global shingle ordinal) takes in a corpus of {@code totalShingles} shingles. */
    public static int ordinalBits(long totalShingles) {
        if (totalShingles < 0 || totalShingles >= (1L << 31)) {
            throw new IllegalArgumentException("too much text for one index: " + totalShingles + " shingles");
        }
        return 64 - Long.numberOfLeadingZeros(totalShingles);
    }

    /** The hash bits that decide shingle equality in a corpus of {@code totalShingles} shingles. */
    public static long hashMask(long totalShingles) {
        return -1L << ordinalBits(totalShingles);
    }

    /**
     * Sorted keys {@code (hash & hashMask) | position} of the shingles that occur once in this text; repeated
     * ones cannot say where a copy lies and are dropped.
     */
    public static long[] unique(TokenizedText tokens, int n, long hashMask) {
        long[] shingles = Shingler.hashes(tokens, n);
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = (shingles[i] & hashMask) | i;
        }
        Arrays.sort(shingles);
        int out = 0;
        for (int i = 0; i < shingles.length; ) {
            int j = i + 1;
            while (j < shingles.length && (shingles[j] & hashMask) == (shingles[i] & hashMask)) {
                j++;
            }
            if (j == i + 1) {
                shingles[out++] = shingles[i];
            }
            i = j;
        }
        return Arrays.copyOf(shingles, out);
    }
}
