package org.echotrace.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.AttributionSource;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.Span;

/**
 * Points each attribution's source at the entity it names, once entities are known, and makes the kinds of
 * sources and the types of entities agree across the corpus: an outlet is media wherever it is named.
 */
public final class AttributionEntities {

    /** The attributions with their sources linked, and the entities with the types the attributions tell. */
    public record Linked(List<Attribution> attributions, EntityIndex entities) {
    }

    private AttributionEntities() {
    }

    public static Linked link(List<Attribution> attributions, EntityIndex entities) {
        List<Attribution> linked = attributions.stream().map(attribution -> withEntity(attribution, entities)).toList();
        Set<String> media = mediaEntities(linked, entities);
        if (media.isEmpty()) {
            return new Linked(linked, entities);
        }
        Map<String, EntityType> retyped = new HashMap<>();
        media.forEach(id -> retyped.put(id, EntityType.MEDIA));
        List<Attribution> asMedia = linked.stream().map(a -> media.contains(entityOf(a)) ? withKind(a, SourceKind.MEDIA) : a)
                .toList();
        return new Linked(asMedia, entities.withTypes(retyped));
    }

    /**
     * The entities some attribution shows to be outlets: a source whose own words name an outlet ("the Reuters
     * news agency reported") or a name someone spoke through ("told Reuters", "according to Reuters"). An outlet
     * is one whatever its name's length, so "Reuters said" is media too.
     */
    private static Set<String> mediaEntities(List<Attribution> attributions, EntityIndex entities) {
        Map<String, String> byKey = new HashMap<>();
        for (Entity entity : entities.entities()) {
            // the tagger takes many an outlet's one-word name for a person's ("Reuters"), never "Jane Doe"
            boolean person = entity.type() == EntityType.PERSON && entity.name().strip().contains(" ");
            if (!person && entity.type() != EntityType.PLACE) {
                entity.aliases().forEach(alias -> byKey.putIfAbsent(NameKeys.withoutGenericTail(NameKeys.key(alias)), entity.id()));
            }
        }
        Set<String> media = new HashSet<>();
        for (Attribution a : attributions) {
            if (a.source() != null && a.source().kind() == SourceKind.MEDIA && a.source().entity() != null
                    && entities.entity(a.source().entity()).map(e -> e.type() != EntityType.PLACE).orElse(false)) {
                media.add(a.source().entity());
            }
            String spokenThrough = a.via() == null ? null : byKey.get(NameKeys.withoutGenericTail(NameKeys.key(a.via())));
            if (spokenThrough != null) {
                media.add(spokenThrough);
            }
        }
        return media;
    }

    private static String entityOf(Attribution a) {
        return a.source() == null ? null : a.source().entity();
    }

    private static Attribution withKind(Attribution a, SourceKind kind) {
        AttributionSource s = a.source();
        return a.withSource(new AttributionSource(s.text(), s.start(), s.end(), kind, s.entity(), s.refersTo()));
    }

    /**
     * A named source takes the type of the entity heading it: the entity's type was voted over every mention
     * in the corpus, the source's kind on one sentence. Media and anonymous stay.
     */
    private static SourceKind kindOf(SourceKind found, String entity, EntityIndex entities) {
        if (entity == null || found == SourceKind.MEDIA || found == SourceKind.ANONYMOUS) {
            return found;
        }
        EntityType type = entities.entity(entity).map(e -> e.type()).orElse(null);
        if (type == null) {
            return found;
        }
        return switch (type) {
            case PERSON -> SourceKind.PERSON;
            case ORGANIZATION -> SourceKind.ORGANIZATION;
            case PLACE -> SourceKind.PLACE;
            case MEDIA -> SourceKind.MEDIA;
        };
    }

    /** Whether the source phrase is one of the entity's names ("the United States"), not a phrase it heads. */
    private static boolean isNamedWhole(String phrase, String entity, EntityIndex entities) {
        String key = NameKeys.key(phrase);
        return entities.entity(entity).map(e -> e.aliases().stream().anyMatch(alias -> NameKeys.key(alias).equals(key)))
                .orElse(false);
    }

    /** Whether the name ending at {@code end} of a phrase owns what follows: "Lohan's", "Lohan ’ s", "the Clintons'". */
    static boolean isPossessor(String phrase, int end) {
        if (end < 0 || end > phrase.length()) {
            return false;
        }
        String after = phrase.substring(end).replace(" ", "");
        boolean plural = end > 0 && phrase.charAt(end - 1) == 's';
        return after.startsWith("'s") || after.startsWith("’s")
                || plural && (after.startsWith("'") || after.startsWith("’"));
    }

    /** The span without a closing comma or space that source phrases may carry ("X, a spokesman,"). */
    private static Span trimmed(String text, Span span) {
        if (span.end() - span.start() != text.length()) {
            return span;
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return new Span(span.start(), span.start() + end);
    }

    private static Attribution withEntity(Attribution attribution, EntityIndex entities) {
        AttributionSource source = attribution.source();
        if (source == null || source.kind() == SourceKind.ANONYMOUS) {
            return attribution;
        }
        // A pronoun source ("he said") names the entity of the mention it was resolved to.
        Span named = source.refersTo() != null ? source.refersTo().span() : source.span().span();
        Span phrase = trimmed(source.text(), named);
        // "Bruce Shaw of AMD": a person named in a person's phrase is who speaks, not the employer it ends with;
        // nor whoever the phrase names as a possessor ("Lohan's lawyer Mark Heller": Heller; "Lohan's lawyer": none)
        String written = source.refersTo() != null ? source.refersTo().text() : source.text();
        String entity = source.kind() == SourceKind.PERSON
                ? entities.firstWithin(attribution.document(), phrase, EntityType.PERSON,
                        mention -> !isPossessor(written, mention.end() - named.start()))
                        .or(() -> entities.entityHeading(attribution.document(), phrase)).orElse(null)
                : entities.entityHeading(attribution.document(), phrase).orElse(null);
        SourceKind kind = kindOf(source.kind(), entity, entities);
        if (kind == SourceKind.PLACE && !isNamedWhole(source.text(), entity, entities)) {
            kind = source.kind(); // "NBC New York", "the Kenyan government": headed by a place, but not the place
        }
        return attribution.withSource(new AttributionSource(source.text(), source.start(), source.end(),
                kind, entity, source.refersTo()));
    }
}
