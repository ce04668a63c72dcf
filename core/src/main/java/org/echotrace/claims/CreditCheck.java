package org.echotrace.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.text.NamedInText;

/**
 * Whether a document that reuses another's text credits it: names, anywhere in its text, the other's
 * outlet, one of the other's named sources or an outlet the other's sources spoke through. Unnamed
 * sources ("a source") credit nobody, and neither do actors of the story the attribution layer found
 * deciding or refusing things (see {@link Speech}).
 */
final class CreditCheck {

    private final Map<String, Document> documents;
    private final Map<String, List<Attribution>> attributions;
    private final SourceKeys keys;

    CreditCheck(Map<String, Document> documents, Map<String, List<Attribution>> attributionsByDocument, SourceKeys keys) {
        this.documents = documents;
        this.attributions = attributionsByDocument;
        this.keys = keys;
    }

    ReusePair check(ReusePair pair) {
        Document a = documents.get(pair.a());
        Document b = documents.get(pair.b());
        boolean credited = switch (pair.direction()) {
            case A_TO_B -> credits(b, a);
            case B_TO_A -> credits(a, b);
            case UNKNOWN -> credits(a, b) || credits(b, a);
        };
        return pair.withCredited(credited);
    }

    /** {@code later} names {@code earlier}'s outlet or one of its named sources. */
    boolean credits(Document later, Document earlier) {
        String text = later.text().toLowerCase(Locale.ROOT);
        return names(earlier).stream().anyMatch(name -> NamedInText.names(text, name));
    }

    private List<String> names(Document d) {
        List<String> names = new ArrayList<>();
        if (d.outlet() != null) {
            names.add(d.outlet());
        }
        for (Attribution a : attributions.getOrDefault(d.id(), List.of())) {
            if (!Speech.vouches(a)) {
                continue;
            }
            names.addAll(keys.names(a));
            names.addAll(keys.viaNames(a));
        }
        return names;
    }
}
