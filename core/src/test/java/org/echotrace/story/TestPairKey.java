package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestPairKey {

    @Test
    void recoversBothIndexesInEitherOrder() {
        int[][] pairs = {{0, 1}, {7, 3}, {0, Integer.MAX_VALUE}, {123_456, 999_999}, {5, 5}};
        for (int[] p : pairs) {
            long key = PairKey.of(p[0], p[1]);
            assertEquals(key, PairKey.of(p[1], p[0]));
            assertEquals(Math.min(p[0], p[1]), PairKey.first(key));
            assertEquals(Math.max(p[0], p[1]), PairKey.second(key));
        }
    }

    @Test
    void pairsOfFewItemsSpreadOverManyHashCodes() {
        // the plain packing gives the 2,016,000 pairs of 2,000 items only 2,048 distinct hash codes (lo ^ hi)
        Set<Integer> hashes = new HashSet<>();
        int pairs = 0;
        for (int i = 0; i < 2_000; i++) {
            for (int j = i + 1; j < 2_000; j++) {
                hashes.add(Long.hashCode(PairKey.of(i, j)));
                pairs++;
            }
        }
        assertTrue(hashes.size() > pairs * 0.99, hashes.size() + " distinct hashes for " + pairs + " pairs");
    }
}
