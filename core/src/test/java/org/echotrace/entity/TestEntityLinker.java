package org.echotrace.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.NameMention;
import org.junit.jupiter.api.Test;

class TestEntityLinker {

    private static final String TEXT = "Donald Trump spoke on Monday. Trump said the Trump Organization would not move. "
            + "Later Trump added that the deal was off. The Reuters News Agency reported it first, and Reuters "
            + "later corrected one figure.";

    private static NameMention name(String surface, int from, EntityType type, boolean fromContext) {
        int start = TEXT.indexOf(surface, from);
        return new NameMention(new Mention("d", start, start + surface.length(), surface), type, null, fromContext);
    }

    private static EntityIndex linked() {
        List<NameMention> names = new ArrayList<>();
        names.add(name("Donald Trump", 0, EntityType.PERSON, false));
        names.add(name("Trump", TEXT.indexOf("Trump said"), EntityType.PERSON, false));
        names.add(name("Trump Organization", 0, EntityType.ORGANIZATION, true));
        names.add(name("Trump", TEXT.indexOf("Later"), EntityType.PERSON, false));
        names.add(name("Reuters News Agency", 0, EntityType.ORGANIZATION, true));
        names.add(name("Reuters", TEXT.indexOf("and Reuters"), EntityType.ORGANIZATION, false));
        DocumentLanguage language = new DocumentLanguage("d", names, List.of(), List.of(), List.of(), List.of());
        return new EntityLinker().link(List.of(Document.of("d", TEXT)), List.of(language));
    }

    private static Entity entityNamed(EntityIndex index, String alias) {
        return index.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    @Test
    void aPersonIsNotMergedIntoTheOrganisationNamedAfterThem() {
        EntityIndex index = linked();
        Entity trump = entityNamed(index, "Donald Trump");
        assertEquals(EntityType.PERSON, trump.type());
        assertEquals(List.of("Trump", "Donald Trump"), trump.aliases());
        Entity firm = entityNamed(index, "Trump Organization");
        assertNotEquals(trump.id(), firm.id());
        assertEquals(EntityType.ORGANIZATION, firm.type());
    }

    @Test
    void anOrganisationStillJoinsItsNameWithoutTheGenericTail() {
        EntityIndex index = linked();
        assertEquals(entityNamed(index, "Reuters").id(), entityNamed(index, "Reuters News Agency").id());
    }

    @Test
    void aSurnameTheTaggerTookForAFirmJoinsThePersonNamedBeforeItInTheArticle() {
        // ECB+ 9_3ecb: CoreNLP typed the later "Rockwell" an organisation
        String text = "The requirement is crucial, said Mark Rockwell, California state representative of the "
                + "Endangered Species Coalition. Rockwell said the rules would hurt. Rockwell added more.";
        List<NameMention> names = new ArrayList<>();
        names.add(at(text, "Mark Rockwell", 0, EntityType.PERSON));
        names.add(at(text, "Endangered Species Coalition", 0, EntityType.ORGANIZATION));
        names.add(at(text, "Rockwell", text.indexOf("Rockwell said"), EntityType.ORGANIZATION));
        names.add(at(text, "Rockwell", text.indexOf("Rockwell added"), EntityType.ORGANIZATION));
        DocumentLanguage language = new DocumentLanguage("r", names, List.of(), List.of(), List.of(), List.of());
        EntityIndex index = new EntityLinker().link(List.of(Document.of("r", text)), List.of(language));

        Entity rockwell = entityNamed(index, "Mark Rockwell");
        assertEquals(rockwell.id(), entityNamed(index, "Rockwell").id());
        assertEquals(EntityType.PERSON, rockwell.type());
        assertNotEquals(rockwell.id(), entityNamed(index, "Endangered Species Coalition").id());
    }

    private static NameMention at(String text, String surface, int from, EntityType type) {
        int start = text.indexOf(surface, from);
        return new NameMention(new Mention("r", start, start + surface.length(), surface), type, null, false);
    }
}
