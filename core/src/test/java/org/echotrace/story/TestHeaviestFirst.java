package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The primitive sort orders as the comparator it replaced: heaviest first, equal weights by id. */
class TestHeaviestFirst {

    @Test
    void ordersAsTheBoxedComparatorWithManyTies() {
        Random random = new Random(3);
        for (int n : new int[] {0, 1, 2, 15, 16, 17, 301, 5000}) {
            int[] ids = IntStream.range(0, n).map(i -> (n - i) * 7).toArray();
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextInt(5) == 0 ? 0.5 : random.nextInt(20) / 3.0;
            }
            Integer[] boxed = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, Comparator.comparingDouble((Integer k) -> -weights[k]).thenComparingInt(k -> ids[k]));
            int[] indexes = IntStream.range(0, n).toArray();
            HeaviestFirst.sort(indexes, ids, weights);
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), indexes, "n=" + n);
        }
    }
}
