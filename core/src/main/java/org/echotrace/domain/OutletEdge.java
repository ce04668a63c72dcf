package org.echotrace.domain;

import java.util.Objects;

/**
 * Text one outlet took from another: every reuse pair between a document of {@code from} and a later
 * document of {@code to}. Pairs whose direction is unknown make an undirected edge ({@code directed} false,
 * {@code from} and {@code to} in name order).
 *
 * @param stories           stories the copying documents belong to
 * @param articles          documents of {@code to} that took text from {@code from}
 * @param pairs             article pairs
 * @param passages          shared passages
 * @param words             shared words, summed over the pairs
 * @param creditedShare     share of the pairs whose later document credits the earlier one; null when no
 *                          pair's credit is known
 * @param medianDelayHours  median hours from the earlier to the later publication; null when no pair has both dates
 * @param p90DelayHours     90th percentile of the same
 */
public record OutletEdge(String from, String to, boolean directed, int stories, int articles, int pairs, int passages,
                         int words, Double creditedShare, Double medianDelayHours, Double p90DelayHours) {
    public OutletEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
