package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.OutletChain;
import org.echotrace.domain.Span;

/**
 * Finds copies of copies: a document C that took a passage from B, where B had taken that passage from A
 * and C's passage matches A's too, though more closely B's, with A, B and C three outlets. The passage is where C's matches with B
 * and with A overlap, and where B's copy of A overlaps what C took from B. The origin is hidden when C does
 * not credit A (whether it credits B or not). One chain per three documents: their largest such passage.
 */
final class CopyChains {

    private final int minWords;

    /** @param minWords shortest passage that makes a chain (as short as a reported passage) */
    CopyChains(int minWords) {
        this.minWords = minWords;
    }

    /** Hidden origins first, then most words, then by the three documents. */
    static final Comparator<OutletChain> ORDER = Comparator
            .comparing((OutletChain c) -> !Boolean.TRUE.equals(c.originHidden()))
            .thenComparing(Comparator.comparingInt(OutletChain::words).reversed())
            .thenComparing(OutletChain::lastDocument).thenComparing(OutletChain::middleDocument)
            .thenComparing(OutletChain::originDocument);

    List<OutletChain> of(List<Copy> copies, Map<String, Document> documents) {
        Map<String, List<Copy>> into = new HashMap<>();
        for (Copy c : copies) {
            if (c.directed()) {
                into.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c);
            }
        }
        List<OutletChain> chains = new ArrayList<>();
        into.forEach((last, incoming) -> chains.addAll(ending(incoming, into, documents.get(last).text())));
        chains.sort(ORDER);
        return chains;
    }

    /**
     * The chains ending in one document.
     *
     * @param incoming the directed copies into it
     * @param into     the directed copies into each of its sources (any more are not read)
     * @param lastText its text
     */
    List<OutletChain> ending(List<Copy> incoming, Map<String, List<Copy>> into, String lastText) {
        List<OutletChain> chains = new ArrayList<>();
        for (Copy fromMiddle : incoming) {
            for (Copy fromOrigin : incoming) {
                Copy originToMiddle = copy(into.getOrDefault(fromMiddle.source(), List.of()), fromOrigin.source());
                if (originToMiddle != null && passedOn(originToMiddle, fromMiddle, fromOrigin)) {
                    chain(originToMiddle, fromMiddle, fromOrigin, lastText).ifPresent(chains::add);
                }
            }
        }
        return chains;
    }

    /** The copy among those into one document that comes from {@code source}; null when none. */
    private static Copy copy(List<Copy> into, String source) {
        for (Copy c : into) {
            if (c.source().equals(source)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The middle took the text from the origin and the last from the middle, while the last's match with the
     * origin is only through the middle (see {@link DirectSources}); three outlets.
     */
    private static boolean passedOn(Copy originToMiddle, Copy middleToLast, Copy originToLast) {
        return originToMiddle.direct() && middleToLast.direct() && !originToLast.direct()
                && !originToLast.sourceOutlet().equals(middleToLast.sourceOutlet());
    }

    /** The largest part of C's text taken from B that B took from A and that matches A in C too. */
    private java.util.Optional<OutletChain> chain(Copy originToMiddle, Copy middleToLast, Copy originToLast,
                                                  String lastText) {
        Span best = null;
        for (int i = 0; i < middleToLast.passages(); i++) {
            Span inMiddle = middleToLast.inSource().get(i);
            if (originToMiddle.inTarget().stream().noneMatch(inMiddle::overlaps)) {
                continue;
            }
            Span inLast = middleToLast.inTarget().get(i);
            for (Span fromOrigin : originToLast.inTarget()) {
                Span both = intersection(inLast, fromOrigin);
                if (both != null && (best == null || both.length() > best.length())) {
                    best = both;
                }
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        String last = middleToLast.target();
        int words = WordCount.inUnion(lastText, List.of(best));
        if (words < minWords) {
            return java.util.Optional.empty();
        }
        Boolean hidden = originToLast.credited() == null ? null : !originToLast.credited();
        return java.util.Optional.of(new OutletChain(originToMiddle.sourceOutlet(), middleToLast.sourceOutlet(),
                middleToLast.targetOutlet(), originToMiddle.source(), middleToLast.source(), last, best, words, hidden));
    }

    private static Span intersection(Span x, Span y) {
        int start = Math.max(x.start(), y.start());
        int end = Math.min(x.end(), y.end());
        return start < end ? new Span(start, end) : null;
    }
}
