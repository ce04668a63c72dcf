package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Direction;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;
import org.echotrace.text.NamedInText;

/**
 * Turns reuse pairs into copies between outlets. A pair within one outlet (a paper reusing its own text)
 * is not a copy between outlets and is left out, and so is a pair sharing less than twice the shortest
 * reported passage: one sentence in common is as likely a quotation both took from the same speaker, or a
 * stock phrase, as text one outlet took from the other. Where the claims layer did not check a pair's credit, the
 * later document credits the earlier when it names the earlier's outlet; an unknown outlet has no name to credit.
 */
final class Copies {

    private final Map<String, Document> documents;
    private final Map<String, String> outletOf;

    private final int minWords;

    /** @param minWords fewest shared words that make a copy */
    Copies(Map<String, Document> documents, Map<String, String> outletOf, int minWords) {
        this.documents = documents;
        this.outletOf = outletOf;
        this.minWords = minWords;
    }

    List<Copy> of(List<ReusePair> pairs) {
        List<Copy> copies = new ArrayList<>();
        for (ReusePair pair : pairs) {
            String outletA = outletOf.get(pair.a());
            String outletB = outletOf.get(pair.b());
            if (outletA == null || outletB == null || outletA.equals(outletB) || pair.sharedWords() < minWords) {
                continue;
            }
            copies.add(copy(pair, pair.direction() != Direction.B_TO_A));
        }
        return copies;
    }

    private Copy copy(ReusePair pair, boolean fromA) {
        String source = fromA ? pair.a() : pair.b();
        String target = fromA ? pair.b() : pair.a();
        boolean directed = pair.direction() != Direction.UNKNOWN;
        Boolean credited = pair.credited() != null ? pair.credited()
                : directed ? namesOutlet(target, source) : either(namesOutlet(target, source), namesOutlet(source, target));
        return new Copy(source, target, outletOf.get(source), outletOf.get(target), directed, pair.sharedWords(),
                side(pair, fromA), side(pair, !fromA), pair.passages().stream().map(Passage::identity).toList(),
                credited, documents.get(source).published(), documents.get(target).published(), true);
    }

    private static List<Span> side(ReusePair pair, boolean sideA) {
        return pair.passages().stream().map((Passage p) -> sideA ? p.a() : p.b()).toList();
    }

    /** {@code later}'s text names the outlet of {@code earlier}; null when that outlet is unknown. */
    private Boolean namesOutlet(String later, String earlier) {
        String outlet = outletOf.get(earlier);
        if (OutletNames.isUnknown(outlet)) {
            return null;
        }
        return NamedInText.namesIgnoringCase(documents.get(later).text(), outlet);
    }

    /** True when either credits, unknown when neither does and one is unknown. */
    private static Boolean either(Boolean x, Boolean y) {
        if (Boolean.TRUE.equals(x) || Boolean.TRUE.equals(y)) {
            return true;
        }
        return x == null || y == null ? null : false;
    }
}
