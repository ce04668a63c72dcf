package org.echotrace.entity;

import java.util.List;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.AttributionSource;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.Span;

/** Points each attribution's source at the entity it names, once entities are known. */
public final class AttributionEntities {

    private AttributionEntities() {
    }

    public static List<Attribution> link(List<Attribution> attributions, EntityIndex entities) {
        return attributions.stream().map(attribution -> withEntity(attribution, entities)).toList();
    }

    /**
     * A person-or-organisation source takes the type of the entity heading it: the entity's type was voted
     * over every mention in the corpus, the source's kind on one sentence. Media and anonymous stay.
     */
    private static SourceKind kindOf(SourceKind found, String entity, EntityIndex entities) {
        if (entity == null || (found != SourceKind.PERSON && found != SourceKind.ORGANIZATION)) {
            return found;
        }
        EntityType type = entities.entity(entity).map(e -> e.type()).orElse(null);
        if (type == EntityType.PERSON) {
            return SourceKind.PERSON;
        }
        return type == EntityType.ORGANIZATION ? SourceKind.ORGANIZATION : found;
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
        String entity = entities.entityHeading(attribution.document(), trimmed(source.text(), named)).orElse(null);
        AttributionSource linked = new AttributionSource(source.text(), source.start(), source.end(),
                kindOf(source.kind(), entity, entities), entity, source.refersTo());
        return new Attribution(attribution.document(), linked, attribution.cue(), attribution.content(),
                attribution.direct(), attribution.via());
    }
}
