package org.echotrace.language;

import java.util.List;
import java.util.Objects;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;

/**
 * A definite description that may stand for an entity: "the group", "the dissident group",
 * "the camp". The words before the head are kept because they may be an outlet's label.
 *
 * @param head      the head noun, lower case and singular ("group")
 * @param type      the kind of entity the head names ("group": organization, "camp": place)
 * @param modifiers the adjectives and nouns before the head, as written ("dissident")
 */
public record Description(Mention mention, String head, EntityType type, List<String> modifiers) {
    public Description {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(type, "type");
        modifiers = List.copyOf(modifiers);
    }
}
