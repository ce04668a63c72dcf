package org.echotrace.app.web.api;

import java.time.LocalDate;
import java.util.List;
import org.echotrace.app.web.OutletGraphs;
import org.echotrace.domain.Outlet;
import org.echotrace.domain.OutletChain;
import org.echotrace.domain.OutletEdge;

/**
 * {@code GET /api/outlets}: the outlet graph of the articles published {@code from} to {@code to} (as in
 * report.json's {@code outlets}, without the per-document list), each list cut to {@code limit} with its full
 * size beside it.
 *
 * @param version the store commit the graph was summed from
 * @param stale   articles arrived since: the graph is being made again, and the next request has them
 */
public record OutletsResponse(LocalDate from, LocalDate to, long version, boolean stale, int articles, int totalOutlets,
                       List<Outlet> outlets, int totalEdges, List<OutletEdge> edges, int totalChains,
                       List<OutletChain> chains) {

    static OutletsResponse of(LocalDate from, LocalDate to, OutletGraphs.Answer answer, int limit) {
        var g = answer.graph();
        return new OutletsResponse(from, to, answer.version(), answer.stale(), g.documents().size(), g.outlets().size(),
                first(g.outlets(), limit), g.edges().size(), first(g.edges(), limit), g.chains().size(),
                first(g.chains(), limit));
    }

    private static <T> List<T> first(List<T> items, int limit) {
        return items.size() <= limit ? items : items.subList(0, limit);
    }
}
