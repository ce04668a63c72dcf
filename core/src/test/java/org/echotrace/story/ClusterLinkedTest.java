package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.Progress;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.reuse.ReuseDetector;
import org.junit.jupiter.api.Test;

/** Stories from links computed outside the clusterer (subject cosines, reuse shares) equal the batch ones. */
class ClusterLinkedTest {

    @Test
    void linksFromSubjectVectorsAndReuseGiveTheBatchStories() {
        List<Document> docs = new Ingester(IngestOptions.defaults())
                .read(List.of("../examples/mko-relocation-2023"), null, Progress.NONE).documents();
        List<ReusePair> reuse = new ReuseDetector(AnalysisSettings.DEFAULTS).detect(docs, Progress.NONE);
        StoryClusterer clusterer = new StoryClusterer(StorySettings.DEFAULTS);

        List<SubjectTerms.Counts> counts = docs.stream().map(d -> SubjectTerms.count(d.text())).toList();
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.counts().keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        List<Map<String, Double>> vectors = counts.stream()
                .map(c -> SubjectTerms.vector(c, df::get, docs.size())).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            index.put(docs.get(i).id(), i);
        }
        List<StoryClusterer.Link> links = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                links.add(new StoryClusterer.Link(i, j, SubjectTerms.cosine(vectors.get(i), vectors.get(j))));
            }
        }
        for (ReusePair pair : reuse) {
            clusterer.reuseSimilarity(pair).ifPresent(s ->
                    links.add(new StoryClusterer.Link(index.get(pair.a()), index.get(pair.b()), s)));
        }
        assertEquals(clusterer.cluster(docs, reuse), clusterer.clusterLinked(docs, links));
    }
}
