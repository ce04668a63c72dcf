package org.echotrace.outlets;

import java.util.Arrays;

/** Quantiles of a sample, interpolating between neighbours (the usual "type 7" definition). */
final class Percentiles {

    private Percentiles() {
    }

    /** The {@code q} quantile (0..1) of the values; null when there are none. */
    static Double of(double[] values, double q) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
