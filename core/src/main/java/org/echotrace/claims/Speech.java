package org.echotrace.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.SourceKind;

/**
 * Which attributions make their source a source of a claim. The attribution layer also finds what people
 * decide, refuse or seek ("the group decided to move"): those are the claim itself, not who vouches
 * for it. A claim rests on a source when the attribution is an act of speech ({@link Attribution#act()}: the source is
 * quoted, or a verb or noun of saying or reporting carries it).
 */
final class Speech {

    private Speech() {
    }

    static boolean vouches(Attribution a) {
        return a.source() != null && a.isSpeech();
    }

    /**
     * The attributions with the outlet filled in where the text implies it: "the source said" after "a
     * source told the agency" is the same source, so it spoke through the same outlet. A definite unnamed
     * source takes the outlet of the nearest unnamed source before it in the same document.
     */
    static List<Attribution> withImpliedOutlets(List<Attribution> attributions) {
        List<Attribution> filled = new ArrayList<>(attributions);
        for (int i = 0; i < filled.size(); i++) {
            Attribution a = filled.get(i);
            if (isDefiniteUnnamed(a) && a.via() == null) {
                for (int j = i - 1; j >= 0 && filled.get(j).document().equals(a.document()); j--) {
                    Attribution earlier = filled.get(j);
                    if (earlier.source() != null && earlier.source().kind() == SourceKind.ANONYMOUS && earlier.via() != null) {
                        filled.set(i, a.withVia(earlier.via()));
                        break;
                    }
                }
            }
        }
        return filled;
    }

    private static boolean isDefiniteUnnamed(Attribution a) {
        return a.source() != null && a.source().kind() == SourceKind.ANONYMOUS
                && a.source().text().toLowerCase(Locale.ROOT).startsWith("the ");
    }
}
