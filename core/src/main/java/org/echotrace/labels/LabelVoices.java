package org.echotrace.labels;

import java.util.List;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.AttributionSource;
import org.echotrace.domain.Span;
import org.echotrace.domain.Voice;
import org.echotrace.text.Quotations;

/**
 * Whose voice words of one document are in: inside quotation marks, or inside the content of a direct
 * attribution, they are someone else's; the attribution whose content holds them says whose. Reported speech
 * ("officials said the group ...") stays the outlet's own: its wording is the outlet's.
 */
final class LabelVoices {

    record Heard(Voice voice, String quotedFrom) {
    }

    private final List<Span> quoted;
    private final List<Attribution> attributions;

    LabelVoices(String text, List<Attribution> attributions) {
        this.quoted = Quotations.of(text);
        this.attributions = attributions;
    }

    Heard of(Span words) {
        Attribution holder = attributions.stream().filter(a -> contains(a.content().span(), words)).findFirst()
                .orElse(null);
        boolean inQuotes = Quotations.inside(quoted, words);
        if (!inQuotes && (holder == null || !holder.direct())) {
            return new Heard(Voice.OWN, null);
        }
        return new Heard(Voice.QUOTED, holder == null ? null : speaker(holder.source()));
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    /** The source as the text names it; for a pronoun, the name it was resolved to. */
    private static String speaker(AttributionSource source) {
        if (source == null) {
            return null;
        }
        return source.refersTo() != null ? source.refersTo().text() : source.text();
    }
}
