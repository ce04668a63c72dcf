package org.echotrace.reuse;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.echotrace.Progress;
import org.echotrace.text.WordTokenizer;

/**
 * The global shingle index, built by sorting primitive arrays rather than hashing boxed keys, so that it
 * stays near-linear and compact at hundreds of megabytes of text.
 *
 * <p>Every shingle gets a global ordinal {@code g = base[doc] + position}. A key packs the high bits of the
 * shingle hash above the ordinal; sorting the keys brings all documents sharing a shingle together, in
 * ordinal order. Shingles repeated inside a document are dropped first (they cannot say where a copy
 * lies), then shingles found in one document only or in more than {@code maxDocumentFrequency}
 * (boilerplate, stock phrases). Each remaining shingle emits one hit {@code (gA << 32 | gB)} per document
 * pair holding it, so the work grows with the text actually shared, not with the number of pairs.
 */
final class ShingleIndex {

    private static final long EMPTY = Long.MAX_VALUE;

    private final int n;
    private final int maxDf;

    ShingleIndex(int n, int maxDf) {
        this.n = n;
        this.maxDf = maxDf;
    }

    /** Sorted hits between documents plus the ordinal base of every document. */
    static final class Hits {
        private final long[] hits;
        private final long[] base;

        Hits(long[] hits, long[] base) {
            this.hits = hits;
            this.base = base;
        }

        int size() {
            return hits.length;
        }

        /**
         * Calls {@code sink} once for each document {@code docB > docA} sharing at least {@code minHits}
         * hits with {@code docA}, with the hit positions in increasing order of {@code posA}.
         */
        void pairsOf(int docA, int minHits, PairSink sink) {
            int lo = lowerBound(hits, base[docA] << 32);
            int hi = lowerBound(hits, base[docA + 1] << 32);
            if (hi - lo < minHits) {
                return;
            }
            // bucket this document's hits by partner; the index part keeps them in a-order within a bucket
            long[] byPartner = new long[hi - lo];
            for (int i = lo; i < hi; i++) {
                byPartner[i - lo] = ((long) docOf(hits[i] & 0xffffffffL) << 32) | (i - lo);
            }
            Arrays.sort(byPartner);
            int[] posA = new int[16];
            int[] posB = new int[16];
            for (int start = 0; start < byPartner.length; ) {
                int docB = (int) (byPartner[start] >>> 32);
                int end = start + 1;
                while (end < byPartner.length && (int) (byPartner[end] >>> 32) == docB) {
                    end++;
                }
                int count = end - start;
                if (count >= minHits && docB != docA) {
                    if (posA.length < count) {
                        posA = new int[count];
                        posB = new int[count];
                    }
                    for (int k = 0; k < count; k++) {
                        long hit = hits[lo + (int) byPartner[start + k]];
                        posA[k] = (int) ((hit >>> 32) - base[docA]);
                        posB[k] = (int) ((hit & 0xffffffffL) - base[docB]);
                    }
                    sink.accept(docB, posA, posB, count);
                }
                start = end;
            }
        }

        private int docOf(long g) {
            int lo = 0;
            int hi = base.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (base[mid] <= g) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }

    @FunctionalInterface
    interface PairSink {
        void accept(int docB, int[] posA, int[] posB, int count);
    }

    Hits build(List<String> texts, Progress progress) {
        long[] base = bases(texts);
        long total = base[texts.size()];
        int ordinalBits = ShingleKeys.ordinalBits(total);
        long[] keys = keys(texts, base, ordinalBits, progress);
        progress.update("sort", 0, keys.length);
        LongSort.sort(keys);
        progress.update("sort", keys.length, keys.length);
        long[] hits = emitHits(keys, ordinalBits);
        keys = null; // the keys are the largest array; let them go before the hits are sorted
        LongSort.sort(hits);
        progress.update("hits", hits.length, hits.length);
        return new Hits(hits, base);
    }

    /** First ordinal of every document (and the total at the end). */
    private long[] bases(List<String> texts) {
        int[] counts = IntStream.range(0, texts.size()).parallel()
                .map(d -> Shingler.count(WordTokenizer.count(texts.get(d)), n))
                .toArray();
        long[] base = new long[texts.size() + 1];
        for (int d = 0; d < counts.length; d++) {
            base[d + 1] = base[d] + counts[d];
        }
        return base;
    }

    /** Keys of the shingles that occur once in their document; slots of repeated ones stay EMPTY. */
    private long[] keys(List<String> texts, long[] base, int ordinalBits, Progress progress) {
        long[] keys = new long[(int) base[texts.size()]];
        long hashMask = -1L << ordinalBits;
        AtomicLong done = new AtomicLong();
        IntStream.range(0, texts.size()).parallel().forEach(d -> {
            long[] unique = ShingleKeys.unique(WordTokenizer.tokenize(texts.get(d)), n, hashMask);
            int from = (int) base[d];
            // positions are below the shingle count, so adding the base moves them to global ordinals
            for (int i = 0; i < unique.length; i++) {
                keys[from + i] = unique[i] + from;
            }
            Arrays.fill(keys, from + unique.length, (int) base[d + 1], EMPTY);
            long finished = done.incrementAndGet();
            if (finished % 1000 == 0 || finished == texts.size()) {
                progress.update("index", finished, texts.size());
            }
        });
        return keys;
    }

    /** One hit per pair of documents sharing a shingle whose document frequency is in [2, maxDf]. */
    private long[] emitHits(long[] keys, int ordinalBits) {
        int end = lowerBound(keys, EMPTY);
        int chunks = Math.max(1, Runtime.getRuntime().availableProcessors() * 8);
        int[] bounds = new int[chunks + 1];
        for (int c = 1; c < chunks; c++) {
            bounds[c] = runStart(keys, Math.max(bounds[c - 1], (int) ((long) end * c / chunks)), end, ordinalBits);
        }
        bounds[chunks] = end;
        long[] perChunk = IntStream.range(0, chunks).parallel()
                .mapToLong(c -> scan(keys, bounds[c], bounds[c + 1], ordinalBits, null, 0))
                .toArray();
        long[] offsets = new long[chunks + 1];
        for (int c = 0; c < chunks; c++) {
            offsets[c + 1] = offsets[c] + perChunk[c];
        }
        if (offsets[chunks] > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("too many shingle hits (" + offsets[chunks]
                    + "); lower maxDocumentFrequency");
        }
        long[] hits = new long[(int) offsets[chunks]];
        IntStream.range(0, chunks).parallel()
                .forEach(c -> scan(keys, bounds[c], bounds[c + 1], ordinalBits, hits, (int) offsets[c]));
        return hits;
    }

    /** Counts (when {@code out} is null) or writes the hits of the runs in {@code [from, to)}. */
    private long scan(long[] keys, int from, int to, int ordinalBits, long[] out, int at) {
        long ordinalMask = (1L << ordinalBits) - 1;
        long count = 0;
        for (int i = from; i < to; ) {
            int j = i + 1;
            while (j < to && (keys[j] >>> ordinalBits) == (keys[i] >>> ordinalBits)) {
                j++;
            }
            int df = j - i;
            if (df >= 2 && df <= maxDf) {
                if (out == null) {
                    count += (long) df * (df - 1) / 2;
                } else {
                    for (int x = i; x < j; x++) {
                        long gx = keys[x] & ordinalMask;
                        for (int y = x + 1; y < j; y++) {
                            out[at++] = (gx << 32) | (keys[y] & ordinalMask);
                        }
                    }
                }
            }
            i = j;
        }
        return count;
    }

    /** The first index at or after {@code i} where a run of equal shingles begins. */
    private static int runStart(long[] keys, int i, int end, int ordinalBits) {
        if (i == 0) {
            return 0;
        }
        while (i < end && (keys[i] >>> ordinalBits) == (keys[i - 1] >>> ordinalBits)) {
            i++;
        }
        return i;
    }

    /** Index of the first of the sorted {@code keys} that is not below {@code key}. */
    static int lowerBound(long[] keys, long key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
