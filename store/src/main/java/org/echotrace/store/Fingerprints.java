package org.echotrace.store;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.echotrace.reuse.Shingler;
import org.echotrace.reuse.Winnowing;
import org.echotrace.text.TokenizedText;

/**
 * The word n-gram shingles of a text that can say where a copy lies: those that occur once in it (as
 * the batch {@code ReuseDetector} does), each as an 8-byte Lucene term.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * The text's fingerprints, sorted: the hashes of its shingles that winnowing with {@code window} keeps
     * ({@link Winnowing}) and that occur exactly once in the text (a repeated phrase says nothing about
     * where the text came from).
     */
    static long[] of(TokenizedText words, int ngram, int window) {
        long[] hashes = Shingler.hashes(words, ngram);
        long[] once = occurringOnce(hashes.clone());
        return Arrays.stream(Winnowing.select(hashes, window))
                .filter(hash -> Arrays.binarySearch(once, hash) >= 0)
                .sorted()
                .distinct()
                .toArray();
    }

    private static long[] occurringOnce(long[] hashes) {
        Arrays.sort(hashes);
        int out = 0;
        for (int i = 0; i < hashes.length; ) {
            int j = i + 1;
            while (j < hashes.length && hashes[j] == hashes[i]) {
                j++;
            }
            if (j == i + 1) {
                hashes[out++] = hashes[i];
            }
            i = j;
        }
        return Arrays.copyOf(hashes, out);
    }

    static BytesRef term(long hash) {
        byte[] bytes = new byte[8];
        for (int k = 0; k < 8; k++) {
            bytes[k] = (byte) (hash >>> (56 - 8 * k));
        }
        return new BytesRef(bytes);
    }

    /** The fingerprint an index term stands for ({@link #term} backwards). */
    static long hash(BytesRef term) {
        long hash = 0;
        for (int k = 0; k < 8; k++) {
            hash = (hash << 8) | (term.bytes[term.offset + k] & 0xff);
        }
        return hash;
    }

    /** Postings only (which articles hold a fingerprint), no frequencies, positions or norms. */
    private static final FieldType POSTINGS_ONLY = postingsOnly();

    /**
     * All of a text's fingerprints as one field: one token stream rather than hundreds of string fields,
     * which made indexing an article several times slower.
     */
    static Field field(long[] fingerprints) {
        return new Field(Fields.FINGERPRINT, new Tokens(fingerprints), POSTINGS_ONLY);
    }

    private static FieldType postingsOnly() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** Emits each fingerprint as an 8-byte term. */
    private static final class Tokens extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final long[] fingerprints;
        private int next;

        Tokens(long[] fingerprints) {
            this.fingerprints = fingerprints;
        }

        @Override
        public boolean incrementToken() {
            if (next >= fingerprints.length) {
                return false;
            }
            clearAttributes();
            term.setBytesRef(term(fingerprints[next++]));
            return true;
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}
