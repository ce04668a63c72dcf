package org.echotrace.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.Document;
import org.echotrace.domain.Label;
import org.echotrace.domain.OutletLabels;
import org.echotrace.domain.Span;
import org.echotrace.domain.TextSpan;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LabelCandidate;
import org.junit.jupiter.api.Test;

/** Label candidates mapped to entities through the caller's function, then summed up per outlet. */
class LabelAssignerTest {

    private static final String A = "As pressure piles up, the Mujahedin-e-Khalq terror organization has decided to move.";
    private static final String B = "The hated group is responsible. The notorious group left. The hated group stayed.";

    private static LabelCandidate candidate(String document, String text, String label, String target, int from) {
        int l = text.indexOf(label, from);
        int t = text.indexOf(target, from);
        return new LabelCandidate(document, TextSpan.of(text, l, l + label.length()), new Span(t, t + target.length()));
    }

    private static DocumentLanguage language(String id, LabelCandidate... labels) {
        return new DocumentLanguage(id, List.of(), List.of(), List.of(), List.of(), List.of(labels));
    }

    @Test
    void labelsGoToTheEntityTheirTargetDenotesAndOthersAreDropped() {
        List<DocumentLanguage> languages = List.of(
                language("a", candidate("a", A, "terror", "Mujahedin-e-Khalq", 0)),
                language("b", candidate("b", B, "hated", "The hated group", 0), candidate("b", B, "notorious", "The notorious group", 0)));
        // the caller knows that "Mujahedin-e-Khalq" in a and "The hated group" in b are entity e1
        LabelAssigner assigner = new LabelAssigner((doc, span) ->
                doc.equals("a") && span.of(A).equals("Mujahedin-e-Khalq") || doc.equals("b") && span.start() == 0
                        ? Optional.of("e1") : Optional.empty());
        List<Label> labels = assigner.assign(languages);
        assertEquals(List.of(new Label("e1", "a", "terror", A.indexOf("terror"), A.indexOf("terror") + 6),
                new Label("e1", "b", "hated", 4, 9)), labels);
    }

    @Test
    void eachOutletsLabelsOfAnEntityAreCountedMostUsedFirst() {
        List<Label> labels = List.of(new Label("e1", "b", "hated", 4, 9), new Label("e1", "b", "Notorious", 36, 45),
                new Label("e1", "b", "hated", 60, 65), new Label("e1", "a", "terror", 0, 6));
        Document a = new Document("a", "a", null, "Outlet A", null, null, false, false, false, A, List.of(), null);
        List<OutletLabels> summary = LabelAssigner.byOutlet(labels, List.of(a, Document.of("b", B)));
        assertEquals(List.of(new OutletLabels("Outlet A", "e1", Map.of("terror", 1)),
                new OutletLabels("b", "e1", Map.of("hated", 2, "notorious", 1))), summary);
        assertEquals(List.of("hated", "notorious"), List.copyOf(summary.get(1).labels().keySet()));
    }
}
