package org.echotrace.entity;

import java.util.List;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.AttributionSource;

/** Points each attribution's source at the entity it names, once entities are known. */
public final class AttributionEntities {

    private AttributionEntities() {
    }

    public static List<Attribution> link(List<Attribution> attributions, EntityIndex entities) {
        return attributions.stream().map(attribution -> withEntity(attribution, entities)).toList();
    }

    private static Attribution withEntity(Attribution attribution, EntityIndex entities) {
        AttributionSource source = attribution.source();
        if (source == null || source.kind() == org.echotrace.domain.SourceKind.ANONYMOUS) {
            return attribution;
        }
        String entity = entities.entityAt(attribution.document(), new org.echotrace.domain.Span(source.start(), source.end()))
                .orElse(null);
        AttributionSource linked = new AttributionSource(source.text(), source.start(), source.end(), source.kind(), entity);
        return new Attribution(attribution.document(), linked, attribution.cue(), attribution.content(),
                attribution.direct(), attribution.via());
    }
}
