package org.echotrace.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.AttributionSource;
import org.echotrace.domain.DescriptorKind;
import org.echotrace.domain.Document;
import org.echotrace.domain.Label;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.Span;
import org.echotrace.domain.SpeechAct;
import org.echotrace.domain.TextSpan;
import org.echotrace.domain.Voice;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LabelCandidate;
import org.junit.jupiter.api.Test;

/** Descriptor candidates mapped to entities through the caller's function, each with its voice. */
class TestLabelAssigner {

    private static final String A = "As pressure piles up, the Mujahedin-e-Khalq terror organization has decided to move.";
    private static final String B = "The hated group is responsible. \"The notorious group left,\" Smith said. The group stayed.";

    static LabelCandidate candidate(String document, String text, String label, String target, String family) {
        int l = text.indexOf(label);
        int t = text.indexOf(target);
        return new LabelCandidate(document, TextSpan.of(text, l, l + label.length()), new Span(t, t + target.length()),
                DescriptorKind.PREMODIFIER, label.toLowerCase(), family, "ptc");
    }

    private static DocumentLanguage language(String id, LabelCandidate... labels) {
        return new DocumentLanguage(id, List.of(), List.of(), List.of(), List.of(), List.of(labels));
    }

    private static final LabelAssigner ASSIGNER = new LabelAssigner((doc, span) ->
            doc.equals("a") && span.of(A).equals("Mujahedin-e-Khalq") || doc.equals("b") && span.of(B).contains("group")
                    ? Optional.of("e1") : Optional.empty());

    @Test
    void labelsGoToTheEntityTheirTargetDenotesAndOthersAreDropped() {
        List<Label> labels = ASSIGNER.assign(List.of(Document.of("a", A)), List.of(language("a",
                candidate("a", A, "terror", "Mujahedin-e-Khalq", "terror"), candidate("a", A, "pressure", "pressure", "pressure"))),
                List.of());
        assertEquals(1, labels.size());
        assertEquals("e1", labels.get(0).entity());
        assertEquals("terror", labels.get(0).label());
        assertEquals(Voice.OWN, labels.get(0).voice());
    }

    @Test
    void wordsInsideAQuotationAreQuotedAndCreditedToTheQuotesSource() {
        int open = B.indexOf('"');
        int close = B.indexOf('"', open + 1);
        Attribution quote = new Attribution("b", new AttributionSource("Smith", B.indexOf("Smith"), B.indexOf("Smith") + 5,
                SourceKind.PERSON, null, null), TextSpan.of(B, B.indexOf("said"), B.indexOf("said") + 4),
                TextSpan.of(B, open + 1, close - 1), true, null, SpeechAct.SPEECH);
        List<Label> labels = ASSIGNER.assign(List.of(Document.of("b", B)), List.of(language("b",
                candidate("b", B, "hated", "The hated group", "hate"),
                candidate("b", B, "notorious", "The notorious group", "notorious"))), List.of(quote));
        assertEquals(Voice.OWN, labels.get(0).voice());
        assertNull(labels.get(0).quotedFrom());
        assertEquals(Voice.QUOTED, labels.get(1).voice());
        assertEquals("Smith", labels.get(1).quotedFrom());
    }
}
