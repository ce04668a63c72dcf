package org.echotrace.story;

/**
 * An unordered pair of item indexes as one {@code long}, for maps keyed by document pairs. The plain packing
 * {@code lo << 32 | hi} hashes (as a boxed {@link Long}) to {@code lo ^ hi}, so the pairs of n items fall into
 * about n hash buckets and hash maps degrade to long chains or trees. The packed value is therefore put
 * through an invertible mix, which spreads the hash while {@link #first} and {@link #second} still recover
 * the indexes.
 */
public final class PairKey {

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final long INVERSE = inverse(MULTIPLIER);

    private PairKey() {
    }

    /** The key of {@code i} and {@code j}, in either order. */
    public static long of(int i, int j) {
        long packed = ((long) Math.min(i, j) << 32) | (Math.max(i, j) & 0xffffffffL);
        return mix(packed);
    }

    /** The smaller index of the pair. */
    public static int first(long key) {
        return (int) (unmix(key) >>> 32);
    }

    /** The larger index of the pair. */
    public static int second(long key) {
        return (int) unmix(key);
    }

    /** A multiplication by an odd constant: a bijection whose high half depends on both indexes. */
    private static long mix(long x) {
        return x * MULTIPLIER;
    }

    private static long unmix(long x) {
        return x * INVERSE;
    }

    /** The multiplicative inverse of an odd number modulo 2^64, by Newton's iteration. */
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
