package org.echotrace.ingest;

import java.util.HashSet;
import java.util.Set;
import org.echotrace.domain.Document;

/** Keeps document ids unique across one read: a repeated id gets a numbered suffix and a note (nothing is skipped). */
final class IdAssigner {
    private final Set<String> used = new HashSet<>();

    Document assign(Document document, ProblemLog log, String location) {
        String id = document.id();
        if (used.add(id)) {
            return document;
        }
        int suffix = 2;
        while (!used.add(id + "-" + suffix)) {
            suffix++;
        }
        String renamed = id + "-" + suffix;
        log.note(location, "duplicate id \"" + id + "\", renamed to \"" + renamed + "\"");
        return document.withId(renamed);
    }
}
