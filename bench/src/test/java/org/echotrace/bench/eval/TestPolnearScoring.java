package org.echotrace.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.echotrace.bench.DataPaths;
import org.echotrace.domain.Span;
import org.junit.jupiter.api.Test;

/** The PolNeAR scorer on hand-made spans and on the real brat files. */
class TestPolnearScoring {

    @Test
    void exactNeedsTheSameFragmentsOverlapNeedsOneCharacter() {
        SpanScore score = new SpanScore();
        List<List<Span>> gold = List.of(List.of(new Span(0, 10)), List.of(new Span(20, 30), new Span(40, 50)));
        List<List<Span>> predicted = List.of(List.of(new Span(0, 10)), List.of(new Span(45, 60)), List.of(new Span(70, 80)));

        score.add(predicted, gold, 1.0);

        assertEquals(1.0 / 3, score.exact().precision(), 1e-9);
        assertEquals(0.5, score.exact().recall(), 1e-9);
        assertEquals(2.0 / 3, score.overlap().precision(), 1e-9);
        assertEquals(1.0, score.overlap().recall(), 1e-9);
    }

    @Test
    void discontinuousSpansAreReadAsFragments() {
        assertEquals(List.of(new Span(315, 448), new Span(463, 553)), BratAttributions.fragments("315 448;463 553"));
    }

    @Test
    void anExtractorThatFindsNothingRecallsNothing() throws Exception {
        Optional<Path> dev = DataPaths.sharedData().map(d -> d.resolve("polnear/dev")).filter(Files::isDirectory);
        assumeTrue(dev.isPresent(), "shared/data/polnear/dev not found; skipped");

        PolnearEvaluation.Result r = new PolnearEvaluation(doc -> List.of()).evaluate(dev.get(), 10);

        assertEquals(10, r.documents());
        assertEquals(0.0, r.cue().exact().recall());
        assertEquals(0.0, r.content().overlap().recall());
        assertTrue(r.toJson().contains("\"cue\""), r.toJson());
    }
}
