package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.domain.Story;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.reuse.ReuseDetector;
import org.junit.jupiter.api.Test;

/** The further apart two reports were published, the more alike they must be to tell one event. */
class TestStoryTime {

    private static final StorySettings SETTINGS = StorySettings.DEFAULTS;

    @Test
    void aSimilarityCountsWholeWithinTwoDaysAndHalvesEachWeekBeyond() {
        assertEquals(0.4, StoryTime.weigh(0.4, 2L, SETTINGS));
        assertEquals(0.4, StoryTime.weigh(0.4, -1L, SETTINGS));
        assertEquals(0.2, StoryTime.weigh(0.4, 9L, SETTINGS), 1e-12);
        assertEquals(0.1, StoryTime.weigh(0.4, -16L, SETTINGS), 1e-12);
        assertEquals(StoryTime.APART, StoryTime.weigh(0.9, 31L, SETTINGS));
    }

    @Test
    void undatedReportsAreNeverHeldApartByTime() {
        assertEquals(0.3, StoryTime.weigh(0.3, null, SETTINGS));
        assertEquals(0.3, StoryTime.weigh(0.3, Published.of(LocalDate.of(2020, 1, 1)), null, SETTINGS));
    }

    @Test
    void theReportThatRewritesTheOthersLeavesTheirStoryWhenPublishedTwoWeeksLater() {
        List<Document> seeds = new Ingester(IngestOptions.defaults())
                .read(List.of("../examples/mko-relocation-2023"), null, Progress.NONE).documents();
        LocalDate day = LocalDate.of(2023, 9, 3);
        assertEquals(storyOf("002", cluster(dated(seeds, day, day))), storyOf("000", cluster(dated(seeds, day, day))));

        List<Story> later = cluster(dated(seeds, day, day.plusDays(14)));
        assertNotEquals(storyOf("002", later), storyOf("000", later));
        assertEquals(storyOf("001", later), storyOf("000", later));
    }

    /** The seeds all published on {@code day}, except the rewrite (002) on {@code rewriteDay}. */
    private static List<Document> dated(List<Document> seeds, LocalDate day, LocalDate rewriteDay) {
        return IntStream.range(0, seeds.size()).mapToObj(i -> {
            Document d = seeds.get(i);
            LocalDate on = d.id().startsWith("002") ? rewriteDay : day;
            return new Document(d.id(), d.source(), d.title(), d.outlet(), d.url(), Published.of(on), false, false,
                    false, d.text(), d.removed(), d.metadata());
        }).toList();
    }

    private static List<Story> cluster(List<Document> documents) {
        return new StoryClusterer(SETTINGS).cluster(documents,
                new ReuseDetector(ReuseSettings.DEFAULTS).detect(documents, Progress.NONE));
    }

    /** The documents of the story holding the seed whose id starts so. */
    private static List<String> storyOf(String idPrefix, List<Story> stories) {
        return stories.stream().map(Story::documents)
                .filter(docs -> docs.stream().anyMatch(d -> d.startsWith(idPrefix)))
                .findFirst().orElseThrow();
    }
}
