package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.DocumentOutlet;
import org.echotrace.domain.Span;

/**
 * What one document adds to its outlet's profile, counted once so that any selection of documents (a date
 * range on a server) sums them without the texts: its words, those that appear earlier elsewhere (in all,
 * and per outlet it took them from directly), and those a later document of another outlet has too. Public (and
 * read and written as JSON) only so that a job can move them between machines ({@link OutletSteps}).
 */
public record DocumentFacts(DocumentOutlet outlet, int words, int fromElsewhere, Map<String, Integer> bySource,
                     int takenByOthers) {

    public DocumentFacts {
        bySource = Map.copyOf(bySource);
    }

    /** @param into copies whose target is the document; {@code outOf} whose source it is (directed ones only) */
    static DocumentFacts of(Document d, DocumentOutlet outlet, List<Copy> into, List<Copy> outOf) {
        if (into.isEmpty() && outOf.isEmpty()) {
            // most documents of a corpus share nothing with another outlet: only their words to count
            return new DocumentFacts(outlet, WordCount.of(d.text()), 0, Map.of(), 0);
        }
        Map<String, List<Span>> spansBySource = new HashMap<>();
        List<Span> fromElsewhere = new ArrayList<>();
        for (Copy c : into) {
            fromElsewhere.addAll(c.inTarget());
            if (c.direct()) {
                spansBySource.computeIfAbsent(c.sourceOutlet(), k -> new ArrayList<>()).addAll(c.inTarget());
            }
        }
        List<Span> takenByOthers = new ArrayList<>();
        outOf.forEach(c -> takenByOthers.addAll(c.inSource()));
        Map<String, Integer> bySource = new HashMap<>();
        spansBySource.forEach((source, spans) -> bySource.put(source, WordCount.inUnion(d.text(), spans)));
        return new DocumentFacts(outlet, WordCount.of(d.text()), WordCount.inUnion(d.text(), fromElsewhere), bySource,
                WordCount.inUnion(d.text(), takenByOthers));
    }
}
