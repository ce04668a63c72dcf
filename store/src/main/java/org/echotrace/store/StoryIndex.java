package org.echotrace.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.echotrace.domain.Story;

/**
 * Every story and which story each article is in, kept in memory and current with every write: story
 * assignment asks this for each of a few dozen candidates per article, which as index searches was
 * a third of the cost of storing one. Loaded from the index when the store opens.
 */
final class StoryIndex {

    private final Map<String, Story> stories = new ConcurrentHashMap<>();
    private final Map<String, String> storyOfArticle = new ConcurrentHashMap<>();

    static StoryIndex of(Snapshot snapshot) {
        StoryIndex index = new StoryIndex();
        new StoreSearch(snapshot).forEach(Fields.STORY, entry -> index.put(EntryCodec.story(entry)));
        return index;
    }

    Optional<Story> storyOf(String articleId) {
        String id = storyOfArticle.get(articleId);
        return id == null ? Optional.empty() : Optional.ofNullable(stories.get(id));
    }

    Optional<Story> story(String id) {
        return Optional.ofNullable(stories.get(id));
    }

    /** Records a story's latest version (its members point to it). */
    void put(Story story) {
        stories.put(story.id(), story);
        story.documents().forEach(member -> storyOfArticle.put(member, story.id()));
    }

    /** Forgets an article; its story loses it, or goes when it was the last member. */
    void remove(String articleId, Story without) {
        storyOfArticle.remove(articleId);
        if (without == null) {
            return;
        }
        if (without.documents().isEmpty()) {
            stories.remove(without.id());
        } else {
            put(without);
        }
    }
}
