package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * The descriptors every outlet uses for one entity in one story: a table of outlets by descriptors, and the
 * sentence that says where the outlets differ ("called 'terrorist' by 4 outlets, 'dissident' by 1").
 *
 * @param outlets  how many outlets of the story mention the entity
 * @param contrast the sentence, or null when fewer than two outlets describe the entity
 * @param rows     one per outlet and descriptor: evaluative ones and contrasts first, then by outlet
 */
public record EntityLabels(String story, String entity, int outlets, String contrast, List<OutletLabels> rows) {
    public EntityLabels {
        Objects.requireNonNull(entity, "entity");
        rows = List.copyOf(rows);
    }
}
