package org.echotrace.store;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene912.Lucene912PostingsFormat;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SegmentWriteState;

/**
 * The index's codec: Lucene's default, with a Bloom filter in front of the fingerprint postings. Nearly
 * every fingerprint of a new article is in no stored article at all, yet each was looked up in the terms
 * dictionary of every segment (decompressing a block of random 8-byte terms each time): that was half
 * the cost of storing an article. The filter answers "not here" from memory for almost all of them.
 *
 * <p>Only the writer needs this class; readers find the filter through the postings format's name
 * (Lucene's service loader, from lucene-codecs), so stores written before it are read as they were.
 */
final class FingerprintCodec {

    /**
     * Fingerprints an article holds at most, for sizing a segment's filter before its terms are counted
     * (a 4,000-character article has about 600; the filter is shrunk to what it holds when written).
     */
    private static final long FINGERPRINTS_PER_ENTRY = 2_000;
    /** Filter bits at most: 2^30 (128 MB while a segment is written, shrunk before it is kept). */
    private static final long MAX_VALUES = 1L << 27;
    /** Wrong "maybe" answers accepted: each costs one terms-dictionary seek. */
    private static final float FALSE_POSITIVES = 0.05f;
    /** Bits set when the filter is shrunk for keeping; at half set each hash halves the false answers. */
    private static final float KEPT_SATURATION = 0.5f;

    private FingerprintCodec() {
    }

    static Codec codec() {
        PostingsFormat bloom = new BloomFilteringPostingsFormat(new Lucene912PostingsFormat(), new Sizing());
        return new Lucene912Codec() {
            @Override
            public PostingsFormat getPostingsFormatForField(String field) {
                return Fields.FINGERPRINT.equals(field) ? bloom : super.getPostingsFormatForField(field);
            }
        };
    }

    /** Sizes a segment's filter by its entries, then shrinks it to the terms it got. */
    private static final class Sizing extends BloomFilterFactory {
        @Override
        public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
            long expected = Math.min(MAX_VALUES, Math.max(1, state.segmentInfo.maxDoc()) * FINGERPRINTS_PER_ENTRY);
            return FuzzySet.createOptimalSet((int) expected, FALSE_POSITIVES);
        }

        @Override
        public FuzzySet downsize(FieldInfo info, FuzzySet initial) {
            return initial.downsize(KEPT_SATURATION);
        }

        @Override
        public boolean isSaturated(FuzzySet set, FieldInfo info) {
            return set.getSaturation() > 0.9f;
        }
    }
}
