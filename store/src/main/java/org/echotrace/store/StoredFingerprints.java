package org.echotrace.store;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;

/**
 * Which fingerprints the store may hold: one Bloom filter over all of them, in the writing process's
 * memory. Nearly every fingerprint of a new article is held by no stored article; asking each segment
 * (even each segment's own filter, see {@link FingerprintCodec}) about each of them was most of the
 * cost of matching, and this answers "nowhere" with a probe or two. Read from the index when the store
 * opens, kept current by the writer, and made again, larger, when it fills up. Deleted articles stay in
 * it: a "maybe" only costs a lookup.
 */
final class StoredFingerprints {

    /** About 1.5% false "maybe" answers with 12 bits and 4 probes per fingerprint. */
    private static final int BITS_PER_FINGERPRINT = 12;
    private static final int PROBES = 4;
    /** Room for ten thousand articles or so at least (12 MB), so a new store does not rebuild often. */
    private static final long MIN_CAPACITY = 1L << 23;

    private final long capacity;
    private final long mask;
    private final AtomicLongArray bits;
    private final AtomicLong added = new AtomicLong();

    private StoredFingerprints(long expected) {
        this.capacity = Math.max(MIN_CAPACITY, 2 * expected);
        long size = Long.highestOneBit(capacity * BITS_PER_FINGERPRINT - 1) << 1;
        this.mask = size - 1;
        this.bits = new AtomicLongArray((int) (size >>> 6));
    }

    /** Every fingerprint in the index, with room for as many again. */
    static StoredFingerprints of(IndexReader reader) throws IOException {
        long terms = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms fingerprints = leaf.reader().terms(Fields.FINGERPRINT);
            terms += fingerprints == null ? 0 : Math.max(0, fingerprints.size());
        }
        StoredFingerprints filter = new StoredFingerprints(terms);
        IndexTerms.forEach(reader, Fields.FINGERPRINT, (leaf, term, position) -> filter.add(Fingerprints.hash(term)));
        return filter;
    }

    /**
     * False when no stored article holds the fingerprint. Fingerprints are evenly mixed 64-bit hashes
     * already ({@code Shingler} finishes them), so their own bits pick the probes.
     */
    boolean mightHold(long fingerprint) {
        long h = fingerprint;
        long step = (h >>> 32) | 1;
        for (int k = 0; k < PROBES; k++, h += step) {
            long bit = h & mask;
            if ((bits.get((int) (bit >>> 6)) & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Adds an article's fingerprints; one writer at a time. */
    void add(long[] fingerprints) {
        for (long fingerprint : fingerprints) {
            add(fingerprint);
        }
        added.addAndGet(fingerprints.length);
    }

    /** True when more fingerprints went in than it was sized for: time to make it again from the index. */
    boolean full() {
        return added.get() > capacity;
    }

    private void add(long fingerprint) {
        long h = fingerprint;
        long step = (h >>> 32) | 1;
        for (int k = 0; k < PROBES; k++, h += step) {
            long bit = h & mask;
            int word = (int) (bit >>> 6);
            // no fence per bit (a volatile write each was a twentieth of storing an article): readers in
            // other threads see the bits once the searchers refresh, which is when they can use them
            bits.setRelease(word, bits.getPlain(word) | (1L << bit));
        }
    }
}
