package org.echotrace.nlp.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityType;
import org.echotrace.entity.EntityIndex;
import org.echotrace.entity.EntityLinker;
import org.echotrace.nlp.SeedReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity merging on the bundled example: the names each outlet spells its own way are one entity each. */
class TestEntitiesOnSeeds {

    private static List<Entity> entities;

    @BeforeAll
    static void link() {
        EntityIndex index = new EntityLinker().link(SeedReports.documents(), SeedReports.languages());
        entities = index.entities();
    }

    private static Entity withAlias(String alias) {
        return entities.stream().filter(e -> e.aliases().contains(alias)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity has the alias " + alias + ": " + entities));
    }

    @Test
    void everySpellingOfTheGroupIsOneOrganisation() {
        Entity group = withAlias("MKO");
        for (String spelling : List.of("MEK", "Mujahedin-e-Khalq", "Mujahedin-e-Khalk", "Mujahedin-e-Khalq Organization",
                "Mujahideen-e-Khalq Organization of Iran")) {
            assertTrue(group.aliases().contains(spelling), spelling + " in " + group.aliases());
        }
        assertEquals(EntityType.ORGANIZATION, group.type());
        assertTrue(!group.name().equals("MKO"), "the name is a full form, not the acronym: " + group.name());
    }

    @Test
    void hyphenatedAndSpacedCampNamesAreOnePlace() {
        Entity camp = withAlias("Ashraf-3");
        assertTrue(camp.aliases().contains("Ashraf 3"), camp.aliases().toString());
        assertEquals(EntityType.PLACE, camp.type(), "the tagger says person; 'camp' says place");
    }

    @Test
    void surnameJoinsTheFullName() {
        Entity leader = withAlias("Maryam Rajavi");
        assertTrue(leader.aliases().contains("Rajavi"));
        assertEquals(EntityType.PERSON, leader.type());
        assertEquals("Maryam Rajavi", leader.name());
    }

    @Test
    void newsAgencyAndItsShortNameAreOneOrganisation() {
        Entity agency = withAlias("Tasnim News Agency");
        assertTrue(agency.aliases().contains("Tasnim"));
        assertEquals(EntityType.ORGANIZATION, agency.type());
    }

    @Test
    void definiteDescriptionsStandForTheGroup() {
        Entity group = withAlias("MKO");
        long descriptions = group.mentions().stream().filter(m -> m.text().toLowerCase().startsWith("the ")
                && m.text().toLowerCase().endsWith("group")).count();
        assertTrue(descriptions >= 5, "'the group' mentions resolved to the group: " + descriptions);
        Entity agency = withAlias("Tasnim News Agency");
        assertTrue(agency.mentions().stream().noneMatch(m -> m.text().endsWith("group")));
    }

    @Test
    void offsetsPointAtTheMentionedText() {
        for (Entity entity : entities) {
            entity.mentions().forEach(m -> {
                String text = SeedReports.documents().stream().filter(d -> d.id().equals(m.document()))
                        .findFirst().orElseThrow().text();
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            });
        }
    }
}
