package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.echotrace.domain.Document;
import org.echotrace.story.EventProfile;
import org.junit.jupiter.api.Test;

/** The profile memory keeps what is in use and drops what is not, within its bound. */
class TestArticleProfiles {

    /** 10,000 words: ten fill one generation of the smallest memory. */
    private static ArticleProfiles.Profile profile() {
        return new ArticleProfiles.Profile(new WordVector(new long[10_000], new float[10_000]), null,
                EventProfile.of(Document.of("a", "An article.")));
    }

    @Test
    void aProfileInUseSurvivesWhileUnusedOnesAreDropped() {
        ArticleProfiles profiles = new ArticleProfiles(0);
        ArticleProfiles.Profile active = profile();
        profiles.put("active", active);
        AtomicInteger made = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            profiles.put("a" + i, profile());
            Optional<ArticleProfiles.Profile> found = profiles.get("active", id -> {
                made.incrementAndGet();
                return Optional.of(profile());
            });
            assertSame(active, found.orElseThrow(), "after " + i);
        }
        assertEquals(0, made.get(), "the active profile was never made again");
        profiles.get("a0", id -> {
            made.incrementAndGet();
            return Optional.empty();
        });
        assertEquals(1, made.get(), "an early, unused profile was dropped");
    }
}
