package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.echotrace.domain.Direction;
import org.echotrace.domain.ReuseKind;
import org.echotrace.domain.ReusePair;
import org.junit.jupiter.api.Test;

/** A story of few documents needs a higher average similarity; a shared passage reaches it. */
class TestFewDocuments {

    private static final StorySettings SETTINGS = StorySettings.DEFAULTS;

    @Test
    void aStoryOfFewDocumentsNeedsTwiceTheThreshold() {
        double min = SETTINGS.minSimilarity();
        assertEquals(2 * min, SETTINGS.minSimilarityFor(2), 1e-12);
        assertEquals(2 * min, SETTINGS.minSimilarityFor(StorySettings.FEW_DOCUMENTS), 1e-12);
        assertEquals(min, SETTINGS.minSimilarityFor(StorySettings.FEW_DOCUMENTS + 1), 1e-12);
        assertEquals(1, new StorySettings(0.8, 0.25, 30).minSimilarityFor(2), 1e-12);
    }

    @Test
    void twoDocumentsAlikeOnlyAboveTheThresholdStayApartWhileManyJoin() {
        double between = SETTINGS.minSimilarity() * 1.5;
        AverageLinkage two = new AverageLinkage(new int[] {1, 1});
        two.addSimilarity(0, 1, between);
        assertEquals(2, two.cluster(SETTINGS::minSimilarityFor).size(), "two reports that only share words");

        // four alike reports, then a fifth as alike to them as the two above were to each other
        int n = StorySettings.FEW_DOCUMENTS + 1;
        int[] neighbours = new int[n];
        java.util.Arrays.fill(neighbours, n - 1);
        AverageLinkage many = new AverageLinkage(neighbours);
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n - 1; j++) {
                many.addSimilarity(i, j, 0.5);
            }
            many.addSimilarity(i, n - 1, between);
        }
        assertEquals(1, many.cluster(SETTINGS::minSimilarityFor).size(), "the fifth joins what four support");
    }

    @Test
    void whatAPairCountsForInAStoryOfFewDecidesOnlyMergesThatMakeOne() {
        double alike = SETTINGS.minSimilarityFor(2) * 1.5;
        double forFew = alike * EventProfile.HEADLINE_FLOOR;
        AverageLinkage two = new AverageLinkage(new int[] {1, 1});
        two.addSimilarity(0, 1, alike, forFew);
        assertEquals(2, two.cluster(SETTINGS::minSimilarityFor).size(), "two reports whose headlines disagree");

        // four reports alike by as much, their headlines disagreeing: the story of four needs only the threshold,
        // but it must grow through stories of two and three, whose pairs count for few
        int n = StorySettings.FEW_DOCUMENTS + 1;
        int[] neighbours = new int[n];
        java.util.Arrays.fill(neighbours, n - 1);
        AverageLinkage disagreeing = new AverageLinkage(neighbours);
        AverageLinkage twoPairsAgree = new AverageLinkage(neighbours);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                disagreeing.addSimilarity(i, j, alike, forFew);
                boolean agree = i == 0 && j == 1 || i == 2 && j == 3;
                twoPairsAgree.addSimilarity(i, j, alike, agree ? alike : forFew);
            }
        }
        assertEquals(n, disagreeing.cluster(SETTINGS::minSimilarityFor).size());
        // two pairs that agree make two stories of two, and those one story of four, at the plain threshold
        assertEquals(1, twoPairsAgree.cluster(SETTINGS::minSimilarityFor).size());
    }

    @Test
    void aSharedPassageCountsAsMuchAsAStoryOfFewDocumentsNeeds() {
        StoryClusterer clusterer = new StoryClusterer(SETTINGS);
        ReusePair paragraph = new ReusePair("a", "b", ReuseKind.VERBATIM, 40, 0.08, 0.1, Direction.UNKNOWN, "", List.of());
        assertEquals(SETTINGS.minSimilarityFor(2), clusterer.reuseSimilarity(paragraph).orElseThrow(), 1e-12);
        ReusePair copy = new ReusePair("a", "b", ReuseKind.VERBATIM, 400, 0.8, 0.6, Direction.UNKNOWN, "", List.of());
        assertEquals(0.8, clusterer.reuseSimilarity(copy).orElseThrow(), 1e-12);
    }
}
