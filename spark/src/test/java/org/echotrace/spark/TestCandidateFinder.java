package org.echotrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.echotrace.reuse.ShingleKeys;
import org.junit.jupiter.api.Test;

class TestCandidateFinder {

    @Test
    void corporaTheBatchPathCanIndexGetItsMask() {
        assertEquals(ShingleKeys.hashMask(650_000_000L), CandidateFinder.hashMask(650_000_000L, 5_000));
    }

    @Test
    void largerCorporaKeepPositionBitsForOneDocumentOnly() {
        // 10M articles of ~650 shingles: the batch index refuses the total, the job needs only 13 position bits
        long total = 6_500_000_000L;
        assertThrows(IllegalArgumentException.class, () -> ShingleKeys.hashMask(total));
        assertEquals(-1L << 13, CandidateFinder.hashMask(total, 5_000));
    }
}
