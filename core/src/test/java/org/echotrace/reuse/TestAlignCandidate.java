package org.echotrace.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.text.WordTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The entry points a distributed job uses ({@link ShingleKeys}, {@link ReuseDetector#alignCandidate}) give
 * the batch detector's pairs when the candidates are joined naively, pair by pair.
 */
class TestAlignCandidate {

    @Test
    void naiveJoinOfShingleKeysThenAlignCandidateEqualsDetect() {
        List<Document> docs = new Ingester(IngestOptions.defaults())
                .read(List.of("../examples/mko-relocation-2023"), null, Progress.NONE).documents();
        int n = ReuseSettings.DEFAULTS.ngram();
        long total = docs.stream().mapToLong(d -> Shingler.count(WordTokenizer.tokenize(d.text()).size(), n)).sum();
        long mask = ShingleKeys.hashMask(total);
        List<Map<Long, Integer>> positions = new ArrayList<>();
        for (Document d : docs) {
            Map<Long, Integer> byHash = new HashMap<>();
            for (long key : ShingleKeys.unique(WordTokenizer.tokenize(d.text()), n, mask)) {
                byHash.put(key & mask, (int) (key & ~mask));
            }
            positions.add(byHash);
        }
        ReuseDetector detector = new ReuseDetector(ReuseSettings.DEFAULTS);
        List<ReusePair> joined = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                int[][] hits = sharedInOrderOfA(positions.get(i), positions.get(j));
                detector.alignCandidate(docs.get(i), docs.get(j), hits[0], hits[1], hits[0].length)
                        .ifPresent(joined::add);
            }
        }
        List<ReusePair> batch = detector.detect(docs, Progress.NONE);
        assertFalse(batch.isEmpty());
        assertEquals(sorted(batch), sorted(joined));
    }

    @Test
    void uniqueKeysDropRepeatedShinglesAndKeepPositions() {
        var tokens = WordTokenizer.tokenize("one two three one two three four");
        long mask = ShingleKeys.hashMask(100);
        long[] keys = ShingleKeys.unique(tokens, 3, mask);
        // shingles: [one two three] twice (dropped), [two three one], [three one two], [two three four]
        assertEquals(3, keys.length);
        assertEquals(List.of(1L, 2L, 4L), java.util.Arrays.stream(keys).map(k -> k & ~mask).sorted().boxed().toList());
    }

    private static int[][] sharedInOrderOfA(Map<Long, Integer> a, Map<Long, Integer> b) {
        List<int[]> shared = new ArrayList<>();
        a.forEach((hash, pa) -> {
            Integer pb = b.get(hash);
            if (pb != null) {
                shared.add(new int[] {pa, pb});
            }
        });
        shared.sort((x, y) -> Integer.compare(x[0], y[0]));
        int[][] out = new int[2][shared.size()];
        for (int k = 0; k < shared.size(); k++) {
            out[0][k] = shared.get(k)[0];
            out[1][k] = shared.get(k)[1];
        }
        return out;
    }

    private static List<ReusePair> sorted(List<ReusePair> pairs) {
        List<ReusePair> out = new ArrayList<>(pairs);
        out.sort(java.util.Comparator.comparing(ReusePair::a).thenComparing(ReusePair::b));
        return out;
    }
}
