package org.echotrace.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.echotrace.domain.Document;
import org.echotrace.domain.Location;

/**
 * Keeps document ids unique across one read, and apart from the ids stored already.
 *
 * <p>A newsroom's rule: an id names one article. The first article of a run with an id keeps it, whether
 * or not the store holds that id (a store then sees the same text as unchanged and a changed text as a
 * correction of that article). A later article of the run with the same id and the same text is the same
 * article sent twice and is read once. A later one with the same id and another text is a different
 * article: it gets a numbered id that neither the run nor the store has, so it never takes the place
 * of another article. Neither is a skip: both are notes.
 */
final class IdAssigner {
    /** The text each id of this run was given to, to tell a resent article from a different one. */
    private final Map<String, String> textOf = new HashMap<>();
    private final Predicate<String> stored;

    /** Ids unique within the run only. */
    IdAssigner() {
        this(id -> false);
    }

    /** @param stored whether an id is taken outside this run (by a stored article) */
    IdAssigner(Predicate<String> stored) {
        this.stored = Objects.requireNonNull(stored, "stored");
    }

    /** The document under its id, renamed, or null when it repeats an article of this run exactly. */
    Document assign(Document document, ProblemLog log, Location location) {
        String id = document.id();
        String earlier = textOf.putIfAbsent(id, document.text());
        if (earlier == null) {
            return document;
        }
        if (earlier.equals(document.text())) {
            log.note(location, "duplicate id \"" + id + "\" with the same text as an article read before; read once");
            return null;
        }
        String renamed = freshId(id);
        textOf.put(renamed, document.text());
        log.note(location, "duplicate id \"" + id + "\", renamed to \"" + renamed + "\"");
        return document.withId(renamed);
    }

    private String freshId(String id) {
        for (int suffix = 2; ; suffix++) {
            String candidate = id + "-" + suffix;
            if (!textOf.containsKey(candidate) && !stored.test(candidate)) {
                return candidate;
            }
        }
    }
}
