package org.echotrace.store;

import java.util.Arrays;
import org.apache.lucene.util.BytesRef;
import org.echotrace.reuse.Shingler;
import org.echotrace.text.WordTokenizer;

/**
 * The word n-gram shingles of a text that can say where a copy lies: those that occur once in it (as
 * the batch {@code ReuseDetector} does), each as an 8-byte Lucene term.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    /** Hashes of the shingles occurring exactly once in the text, sorted. */
    static long[] of(String text, int ngram) {
        long[] hashes = Shingler.hashes(WordTokenizer.tokenize(text), ngram);
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
}
