package org.echotrace.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.echotrace.domain.DescriptorKind;
import org.echotrace.domain.Document;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityLabels;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Label;
import org.echotrace.domain.Mention;
import org.echotrace.domain.OutletLabels;
import org.echotrace.domain.Voice;
import org.junit.jupiter.api.Test;

/** Outlets by descriptors per entity, counted by family, with voice and the contrast between outlets. */
class TestLabelTable {

    private static Label label(String document, String words, String term, String family, String evidence, Voice voice) {
        return new Label("e1", document, words, 0, words.length(), DescriptorKind.PREMODIFIER, term, family, evidence,
                voice, voice == Voice.QUOTED ? "Smith" : null);
    }

    private static Document outlet(String id, String outlet) {
        return new Document(id, id, null, outlet, null, null, false, false, false, "text", List.of(), null);
    }

    @Test
    void eachOutletsDescriptorsAreCountedByFamilyWithVoiceAndTheContrastIsSaid() {
        List<Document> documents = List.of(outlet("a", "Outlet A"), outlet("b", "Outlet B"), outlet("c", "Outlet C"));
        List<Label> labels = List.of(
                label("a", "terrorists", "terrorist", "terror", "ptc", Voice.OWN),
                label("a", "terror group", "terror", "terror", "ptc", Voice.QUOTED),
                label("b", "terrorist", "terrorist", "terror", "ptc", Voice.OWN),
                label("c", "dissident group", "dissident", "dissident", "mpqa-strong", Voice.OWN),
                label("c", "members", "member", "member", null, Voice.OWN),
                label("b", "members", "member", "member", null, Voice.OWN));
        Entity group = new Entity("e1", "The Group", EntityType.ORGANIZATION, List.of("The Group"),
                documents.stream().map(d -> new Mention(d.id(), 0, 4, "text")).toList());
        List<EntityLabels> tables = LabelTable.build(labels, documents, List.of(), List.of(group));
        assertEquals(1, tables.size());
        EntityLabels table = tables.get(0);
        assertEquals(3, table.outlets());
        assertEquals("called 'terrorist' by 2 of 3 outlets, 'dissident' by 1 (Outlet C)", table.contrast());
        OutletLabels a = table.rows().stream().filter(r -> r.outlet().equals("Outlet A")).findFirst().orElseThrow();
        assertEquals("terror", a.family());
        assertEquals(1, a.own());
        assertEquals(1, a.quoted());
        assertEquals(List.of("Smith"), a.quotedFrom());
        assertEquals(Map.of("terrorists", 1, "terror group", 1), a.forms());
        OutletLabels dissident = table.rows().stream().filter(r -> r.family().equals("dissident")).findFirst().orElseThrow();
        assertTrue(dissident.contrast(), "one outlet alone uses it");
        assertTrue(table.rows().stream().filter(r -> r.family().equals("member")).noneMatch(OutletLabels::contrast));
        assertFalse(table.rows().get(table.rows().size() - 1).evidence() != null, "neutral rows come last");
    }
}
