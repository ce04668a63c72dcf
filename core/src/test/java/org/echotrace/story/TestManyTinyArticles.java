package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.echotrace.domain.Document;
import org.echotrace.domain.Story;
import org.junit.jupiter.api.Test;

/**
 * 20,000 tiny articles over a small vocabulary, where nearly every pair shares a word: clustering them
 * once ran out of memory (a similarity for every such pair). Now the links are those of words few
 * articles hold, and the articles that retell one item (the same rare words) still meet in one story.
 */
class TestManyTinyArticles {

    @Test
    void twentyThousandTinyArticlesClusterAndRetellingsMeet() {
        Random random = new Random(11);
        String[] common = new String[300];
        for (int i = 0; i < common.length; i++) {
            common[i] = "word" + Integer.toString(i, 26).replace('0', 'q');
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                text.append(common[random.nextInt(common.length)]).append(' ');
            }
            // every tenth article retells the one before it: the same two rare words
            int item = i % 10 == 9 ? i - 1 : i;
            text.append("zeta").append(item).append(" kappa").append(item).append('.');
            documents.add(Document.of(String.format("t%05d", i), text.toString()));
        }
        List<Story> stories = new StoryClusterer(StorySettings.DEFAULTS).cluster(documents, List.of());

        assertEquals(documents.size(), stories.stream().mapToInt(s -> s.documents().size()).sum());
        Set<Set<String>> groups = new HashSet<>();
        stories.forEach(s -> groups.add(Set.copyOf(s.documents())));
        for (int i = 9; i < documents.size(); i += 10) {
            String retold = documents.get(i - 1).id();
            String retelling = documents.get(i).id();
            assertTrue(groups.stream().anyMatch(g -> g.contains(retold) && g.contains(retelling)), retelling);
        }
    }
}
