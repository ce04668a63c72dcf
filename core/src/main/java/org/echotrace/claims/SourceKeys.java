package org.echotrace.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.AttributionSource;
import org.echotrace.domain.Document;
import org.echotrace.domain.Entity;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.Span;
import org.echotrace.entity.EntityIndex;

/**
 * Tells sources apart across documents. A named source is its entity (else its words); an anonymous
 * source can only be told apart by the outlet it spoke through, so every unnamed source through one
 * outlet counts as one, and unnamed sources with no outlet as one more.
 */
final class SourceKeys {

    private final EntityIndex entities;
    private final Map<String, Document> documents;

    SourceKeys(EntityIndex entities, List<Document> documents) {
        this.entities = entities;
        this.documents = documents.stream().collect(Collectors.toMap(Document::id, Function.identity(), (a, b) -> a));
    }

    /** The key of the attribution's source: {@code e:<entity>}, {@code anonymous:<outlet key>} or {@code t:<words>}. */
    String of(Attribution a) {
        AttributionSource s = a.source();
        if (s.kind() == SourceKind.ANONYMOUS) {
            return "anonymous:" + (a.via() == null ? "" : via(a));
        }
        return s.entity() != null ? "e:" + s.entity() : "t:" + s.text().toLowerCase(Locale.ROOT);
    }

    /** The key of the outlet an attribution's source spoke through, or null. */
    String via(Attribution a) {
        if (a.via() == null) {
            return null;
        }
        return viaEntity(a).map(e -> "e:" + e).orElse("t:" + a.via().toLowerCase(Locale.ROOT));
    }

    /** The outlet's name as the corpus most often writes it. */
    String viaName(Attribution a) {
        return viaEntity(a).flatMap(entities::entity).map(Entity::name).orElse(a.via());
    }

    /**
     * The entity the outlet's words stand for: where the document writes them nearest the cue, the entity
     * named there (a description such as "the agency" counts when it was linked to a name).
     */
    private Optional<String> viaEntity(Attribution a) {
        Document d = documents.get(a.document());
        if (d == null) {
            return Optional.empty();
        }
        String text = d.text().toLowerCase(Locale.ROOT);
        String via = a.via().toLowerCase(Locale.ROOT);
        int best = -1;
        for (int at = text.indexOf(via); at >= 0; at = text.indexOf(via, at + 1)) {
            if (best < 0 || Math.abs(at - a.cue().start()) < Math.abs(best - a.cue().start())) {
                best = at;
            }
        }
        return best < 0 ? Optional.empty() : entities.entityAt(a.document(), new Span(best, best + via.length()));
    }

    /** The named forms by which a reader could recognise the source: its entity's aliases, else its words. */
    List<String> names(Attribution a) {
        AttributionSource s = a.source();
        if (s == null || s.kind() == SourceKind.ANONYMOUS) {
            return List.of();
        }
        return s.entity() == null ? List.of(s.text())
                : entities.entity(s.entity()).map(Entity::aliases).orElse(List.of(s.text()));
    }

    /** The forms of an outlet an attribution's source spoke through. */
    List<String> viaNames(Attribution a) {
        if (a.via() == null) {
            return List.of();
        }
        return viaEntity(a).flatMap(entities::entity).map(Entity::aliases).orElse(List.of(a.via()));
    }
}
