package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * Documents that report the same event.
 *
 * @param title   made from its documents' titles and shared terms
 * @param from    earliest publication date among its documents, null when none is known
 * @param to      latest publication date, null when none is known
 * @param summary what its claims rest on; null without the language layer
 * @param event   what its reports agree happened; null where it was not described (a store's running list)
 */
public record Story(String id, String title, List<String> documents, Published from, Published to,
                    StorySummary summary, StoryEvent event) {
    public Story {
        Objects.requireNonNull(id, "id");
        documents = List.copyOf(documents);
    }

    /** A story before its claims are read or its event described. */
    public Story(String id, String title, List<String> documents, Published from, Published to) {
        this(id, title, documents, from, to, null, null);
    }

    public Story withSummary(StorySummary newSummary) {
        return new Story(id, title, documents, from, to, newSummary, event);
    }

    public Story withEvent(StoryEvent newEvent) {
        return new Story(id, title, documents, from, to, summary, newEvent);
    }

    /** The same story under another id (a distributed job numbers its stories last). */
    public Story withId(String newId) {
        return new Story(newId, title, documents, from, to, summary, event);
    }
}
