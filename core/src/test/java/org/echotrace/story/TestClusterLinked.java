package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.reuse.ReuseDetector;
import org.junit.jupiter.api.Test;

/** Stories from links computed outside the clusterer (ContentLinks word by word, reuse shares) equal the batch ones. */
class TestClusterLinked {

    @Test
    void linksFromSubjectVectorsAndReuseGiveTheBatchStories() {
        List<Document> docs = new Ingester(IngestOptions.defaults())
                .read(List.of("../examples/mko-relocation-2023"), null, Progress.NONE).documents();
        List<ReusePair> reuse = new ReuseDetector(ReuseSettings.DEFAULTS).detect(docs, Progress.NONE);
        StoryClusterer clusterer = new StoryClusterer(StorySettings.DEFAULTS);

        List<SubjectTerms.Counts> counts = docs.stream().map(d -> SubjectTerms.count(d.text())).toList();
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.counts().keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        List<SubjectVector> vectors = counts.stream()
                .map(c -> SubjectVector.weigh(c, df::get, docs.size())).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            index.put(docs.get(i).id(), i);
        }
        // each word's holders in document order, as a distributed job would group them
        Map<String, List<ContentLinks.Holder>> holders = new java.util.TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            java.util.Set<String> seeds = new java.util.HashSet<>(vectors.get(i).heaviestWords(ContentLinks.SEED_WORDS));
            int document = i;
            vectors.get(i).forEach((word, weight) -> holders.computeIfAbsent(word, w -> new ArrayList<>())
                    .add(new ContentLinks.Holder(document, (float) weight, seeds.contains(word))));
        }
        PairSums sums = new PairSums();
        holders.values().forEach(h -> ContentLinks.link(h, ContentLinks.MAX_HOLDERS,
                (a, b, product) -> sums.add(PairKey.of(a, b), product)));
        List<StoryClusterer.Link> links = new ArrayList<>();
        sums.forEach((key, s) -> {
            if (ContentLinks.kept(s) > 0) {
                links.add(new StoryClusterer.Link(PairKey.first(key), PairKey.second(key), s));
            }
        });
        for (ReusePair pair : reuse) {
            clusterer.reuseSimilarity(pair).ifPresent(s ->
                    links.add(new StoryClusterer.Link(index.get(pair.a()), index.get(pair.b()), s, s)));
        }
        assertEquals(clusterer.cluster(docs, reuse), clusterer.clusterLinked(docs, links));
    }
}
