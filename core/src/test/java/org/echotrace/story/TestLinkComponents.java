package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestLinkComponents {

    @Test
    void eachItemGetsTheSmallestItemOfItsComponent() {
        List<long[]> edges = List.of(new long[] {4, 1}, new long[] {5, 3}, new long[] {1, 5}, new long[] {6, 7});
        assertArrayEquals(new int[] {0, 1, 2, 1, 1, 1, 6, 6}, LinkComponents.of(8, edges));
    }

    @Test
    void noEdgesLeaveSingletons() {
        assertArrayEquals(new int[] {0, 1, 2}, LinkComponents.of(3, List.of()));
    }
}
