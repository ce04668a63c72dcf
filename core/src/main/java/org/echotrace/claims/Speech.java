package org.echotrace.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.SourceKind;

/**
 * Which attributions make their source a source of a claim. The attribution layer also finds what people
 * decide, refuse or seek ("the group decided to move"): those are the claim itself, not who vouches
 * for it. A claim rests on a source when the source is quoted or a verb of saying or reporting carries it.
 */
final class Speech {

    /** Verbs of saying and reporting, all forms: general English, not tied to any corpus. */
    private static final Set<String> SAYING = forms("say:said", "tell:told", "report", "announce", "state", "claim",
            "add", "note", "reveal", "confirm", "deny", "explain", "write:wrote:written", "quote", "warn", "insist",
            "argue", "allege", "assert", "declare", "disclose", "indicate", "mention", "remark", "stress", "underline",
            "emphasize", "emphasise", "acknowledge", "admit", "comment", "describe", "tweet", "post", "cite", "according",
            "inform", "brief", "publish", "broadcast", "testify", "suggest", "say");

    private Speech() {
    }

    static boolean vouches(Attribution a) {
        if (a.source() == null) {
            return false;
        }
        if (a.direct()) {
            return true;
        }
        for (String word : a.cue().text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (SAYING.contains(word)) {
                return true;
            }
        }
        return false;
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
                        filled.set(i, new Attribution(a.document(), a.source(), a.cue(), a.content(), a.direct(), earlier.via()));
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

    private static Set<String> forms(String... verbs) {
        Set<String> forms = new java.util.HashSet<>();
        for (String entry : verbs) {
            String[] parts = entry.split(":");
            String v = parts[0];
            forms.addAll(List.of(parts));
            String stem = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
            forms.addAll(List.of(v + "s", stem + "ed", stem + "ing", v.endsWith("y") ? v.substring(0, v.length() - 1) + "ies" : v + "es"));
            if (v.endsWith("y")) {
                forms.add(v.substring(0, v.length() - 1) + "ied");
            }
        }
        return Set.copyOf(forms);
    }
}
