package org.echotrace.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.echotrace.domain.Conflict;
import org.echotrace.domain.ConflictKind;
import org.echotrace.domain.Entity;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;
import org.echotrace.domain.Statement;
import org.echotrace.domain.TextSpan;
import org.echotrace.language.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * Conflicts among the statements of one claim, on sentences of the bundled example (places and dates as
 * the language layer would mark them).
 */
class TestConflictFinder {

    private static final String A = "The government banned the group's leader from entering the country in August.";
    private static final String B = "The government banned the group's leader from entering the country on 27 July.";
    private static final String C = "The group is moving some members to Canada and the rest to Germany.";
    private static final String D = "The group is moving its members to Canada.";

    private static Statement statement(String document, String text) {
        return new Statement(document, 0, text.length() - 1, text.substring(0, text.length() - 1), null);
    }

    private static Mention mention(String document, String text, String words) {
        int at = text.indexOf(words);
        return new Mention(document, at, at + words.length(), words);
    }

    private static TimeExpression time(String document, String text, String words, String value) {
        int at = text.indexOf(words);
        return new TimeExpression(document, new TextSpan(words, at, at + words.length()), value, "month", null, true,
                null, null, new TextSpan(text, 0, text.length()));
    }

    @Test
    void datesThatCannotBothBeRightConflictAndContainedOnesDoNot() {
        ConflictFinder finder = new ConflictFinder(new EntityMentions(List.of()), Map.of(
                "a", List.of(time("a", A, "August", "2023-08")),
                "b", List.of(time("b", B, "27 July", "2023-07-27")),
                "c", List.of(time("c", A, "August", "2023-08-27"))));

        List<Conflict> clash = finder.find(List.of(statement("a", A), statement("b", B)));
        assertEquals(ConflictKind.DATE, clash.get(0).kind());
        assertEquals(2, clash.get(0).values().size());
        assertTrue(finder.find(List.of(statement("a", A), statement("c", A))).isEmpty(), "August holds the 27th");
    }

    @Test
    void aPlaceOnlySomeReportsGiveIsListedWithTheOthers() {
        Entity second = new Entity("e2", "Germany", EntityType.PLACE, List.of("Germany"),
                List.of(mention("c", C, "Germany")));
        Entity first = new Entity("e1", "Canada", EntityType.PLACE, List.of("Canada"),
                List.of(mention("c", C, "Canada"), mention("d", D, "Canada")));
        ConflictFinder finder = new ConflictFinder(new EntityMentions(List.of(first, second)), Map.of());

        List<Conflict> found = finder.find(List.of(statement("c", C), statement("d", D)));

        assertEquals(1, found.size(), found.toString());
        Conflict added = found.get(0);
        assertEquals(ConflictKind.PLACE, added.kind());
        assertEquals("Germany", added.values().get(0).value());
        assertEquals(List.of("c"), added.values().get(0).documents());
        assertEquals(List.of("d"), added.without());
    }
}
