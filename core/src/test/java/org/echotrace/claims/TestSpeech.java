package org.echotrace.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.AttributionSource;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.SpeechAct;
import org.echotrace.domain.TextSpan;
import org.junit.jupiter.api.Test;

/** Which attributions vouch for a claim, and the outlet a later "the source said" spoke through. */
class TestSpeech {

    private static Attribution attribution(String text, String source, SourceKind kind, String cue, String content,
                                           String via, SpeechAct act) {
        int s = text.indexOf(source);
        int c = text.indexOf(cue);
        int x = text.indexOf(content);
        return new Attribution("d", new AttributionSource(source, s, s + source.length(), kind, null, null),
                new TextSpan(cue, c, c + cue.length()), new TextSpan(content, x, x + content.length()),
                content.startsWith("“"), via, act);
    }

    @Test
    void sayingVouchesDecidingDoesNot() {
        String told = "An informed security source told the agency that the group has come up with the plan.";
        assertTrue(Speech.vouches(attribution(told, "An informed security source", SourceKind.ANONYMOUS, "told",
                "that the group has come up with the plan", "the agency", SpeechAct.SPEECH)));
        String decided = "The ringleaders have reportedly decided to relocate their base.";
        assertFalse(Speech.vouches(attribution(decided, "The ringleaders", SourceKind.ORGANIZATION,
                "have reportedly decided", "to relocate their base", null, SpeechAct.ATTITUDE)));
    }

    @Test
    void theSourceLaterOnSpokeThroughTheSameOutlet() {
        String text = "An informed security source told Tasnim that the plan exists. The source noted that "
                + "the group failed to obtain consent.";
        Attribution first = attribution(text, "An informed security source", SourceKind.ANONYMOUS, "told",
                "that the plan exists", "Tasnim", SpeechAct.SPEECH);
        Attribution later = attribution(text, "The source", SourceKind.ANONYMOUS, "noted",
                "that the group failed to obtain consent", null, SpeechAct.SPEECH);
        List<Attribution> filled = Speech.withImpliedOutlets(List.of(first, later));
        assertEquals("Tasnim", filled.get(1).via());
        assertNull(later.via());
    }
}
