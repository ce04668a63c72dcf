package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Span;

/**
 * Which of the earlier documents a later one took each passage from. When a passage of D matches two
 * earlier documents, D took it from the one whose version it matches most closely: every copy adds its own
 * edits, so a copy of a copy is further from the original than from its exemplar, and two copies of one
 * original are further from each other than from it (the rule of textual criticism). Without it, every two
 * outlets that reprint the same wire story would look like copying each other, and a copy of a copy like a
 * copy of the original. Equally close versions go to the earliest. A copy all of whose passages another
 * source explains better is indirect: the text is in both, but was not taken from this one.
 */
final class DirectSources {

    /** A passage is explained by another source's match when that match covers at least this share of it. */
    private static final double COVERED = 0.5;

    private DirectSources() {
    }

    static List<Copy> mark(List<Copy> copies) {
        Map<String, List<Copy>> into = new LinkedHashMap<>();
        for (Copy c : copies) {
            if (c.directed()) {
                into.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Copy> marked = new ArrayList<>(copies.size());
        for (Copy c : copies) {
            List<Copy> rivals = c.directed() ? into.get(c.target()) : List.of();
            marked.add(rivals.size() > 1 && explainedByOthers(c, rivals) ? c.indirect() : c);
        }
        return marked;
    }

    private static boolean explainedByOthers(Copy copy, List<Copy> rivals) {
        for (int i = 0; i < copy.passages(); i++) {
            int passage = i;
            if (rivals.stream().noneMatch(r -> r != copy && explains(r, copy, passage))) {
                return false;
            }
        }
        return true;
    }

    /** {@code rival} has a closer version of the copy's passage, or an equally close and earlier one. */
    private static boolean explains(Copy rival, Copy copy, int passage) {
        Span span = copy.inTarget().get(passage);
        double identity = copy.identities().get(passage);
        for (int j = 0; j < rival.passages(); j++) {
            Span other = rival.inTarget().get(j);
            if (overlap(span, other) < COVERED * span.length()) {
                continue;
            }
            double rivalIdentity = rival.identities().get(j);
            if (rivalIdentity > identity || (rivalIdentity == identity && earlier(rival, copy))) {
                return true;
            }
        }
        return false;
    }

    private static boolean earlier(Copy rival, Copy copy) {
        if (rival.sourcePublished() == null || copy.sourcePublished() == null) {
            return false;
        }
        int order = rival.sourcePublished().compareTo(copy.sourcePublished());
        return order < 0 || (order == 0 && rival.source().compareTo(copy.source()) < 0);
    }

    private static int overlap(Span x, Span y) {
        return Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
    }
}
