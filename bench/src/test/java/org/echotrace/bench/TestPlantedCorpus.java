package org.echotrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.junit.jupiter.api.Test;

class TestPlantedCorpus {

    @Test
    void deterministicAndDetectable() {
        assumeTrue(DataPaths.sharedData().isPresent(), "shared/data not found; skipped");
        PlantedCorpus model = PlantedCorpus.fromSharedData(DataPaths.sharedData().get());
        PlantedCorpus.Corpus one = model.generate(300, 7);
        PlantedCorpus.Corpus two = model.generate(300, 7);
        assertEquals(one.documents(), two.documents());
        assertEquals(one.planted(), two.planted());
        assertTrue(one.planted().size() > 50);
        ReuseBenchmark.Result r = ReuseBenchmark.run(one, ReuseSettings.DEFAULTS);
        System.out.println(r.toJson());
        assertTrue(r.recall() >= 0.98, r.toJson());
        assertTrue(r.precision() >= 0.9, r.toJson());
    }

    @Test
    void streamedInSmallBlocksGivesTheSameCorpus() {
        assumeTrue(DataPaths.sharedData().isPresent(), "shared/data not found; skipped");
        PlantedCorpus model = PlantedCorpus.fromSharedData(DataPaths.sharedData().get());
        PlantedCorpus.Corpus whole = model.generate(300, 7);
        List<Document> streamed = new ArrayList<>();
        // blocks of 16: most sources are drawn again in a later block than their own
        PlantedCorpus.Plan plan = model.stream(300, 7, streamed::add, 16);
        assertEquals(whole.documents(), streamed);
        assertEquals(whole.planted(), plan.planted());
        assertEquals(whole.chars(), plan.chars());
    }
}
