package org.echotrace.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.text.WordTokenizer;
import org.junit.jupiter.api.Test;

/** The in-place parallel sort gives what Arrays.sort gives, on the arrays the shingle index sorts. */
class TestLongSort {

    @Test
    void sortsTheShingleKeysOfRealArticlesAsArraysSortDoes() {
        List<Document> articles = new Ingester(IngestOptions.defaults())
                .read(List.of("../examples/mko-relocation-2023"), null, Progress.NONE).documents();
        long[] keys = articles.stream()
                .flatMapToLong(a -> Arrays.stream(Shingler.hashes(WordTokenizer.tokenize(a.text()), 5)))
                .toArray();
        // several copies of the keys (shared shingles) in shuffled order, above the size sorted on one thread
        long[] values = new long[Math.max(keys.length, 1) * (1 + (1 << 18) / Math.max(keys.length, 1))];
        for (int i = 0; i < values.length; i++) {
            values[i] = keys[i % keys.length];
        }
        shuffle(values, new Random(7));
        assertSortedAsArraysSort(values);
    }

    @Test
    void keepsDuplicatesNegativesAndTheEmptyMarkerInOrder() {
        Random random = new Random(11);
        for (int n : new int[] {0, 1, 2, 63, 64, 1000, (1 << 16) - 1, 1 << 16, 300_001}) {
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(4);
                values[i] = kind == 0 ? Long.MAX_VALUE : kind == 1 ? random.nextInt(50) - 25 : random.nextLong();
            }
            assertSortedAsArraysSort(values);
        }
    }

    @Test
    void sortsARangeOfOneValue() {
        long[] values = new long[200_000];
        Arrays.fill(values, Long.MAX_VALUE);
        values[123] = -5;
        assertSortedAsArraysSort(values);
    }

    @Test
    void partitionPutsTheSmallerValuesFirst() {
        long[] values = {5, 1, 9, 5, 3, 7, 5, 0};
        int split = LongSort.partition(values, 0, values.length, 5);
        assertEquals(3, split);
        for (int i = 0; i < values.length; i++) {
            assertEquals(i < split, values[i] < 5, Arrays.toString(values));
        }
    }

    private static void assertSortedAsArraysSort(long[] values) {
        long[] expected = values.clone();
        Arrays.sort(expected);
        LongSort.sort(values);
        assertArrayEquals(expected, values);
    }

    private static void shuffle(long[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
