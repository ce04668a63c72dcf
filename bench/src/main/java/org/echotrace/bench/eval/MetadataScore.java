package org.echotrace.bench.eval;

import java.util.function.BiPredicate;

/** Share of the pages with a gold value whose found value agrees with it (a missing value is wrong). */
final class MetadataScore {
    private int count;
    private int right;

    void add(String gold, String found, BiPredicate<String, String> agrees) {
        if (gold == null) {
            return;
        }
        count++;
        right += found != null && agrees.test(gold, found) ? 1 : 0;
    }

    int count() {
        return count;
    }

    double accuracy() {
        return count == 0 ? 0 : (double) right / count;
    }
}
