package org.echotrace.bench.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRegressions {

    private static final String YAML = """
            # a comment that stays
            data: pan13-verbatim
            command: ./echotrace eval pan DIR
            columns:
              plagdet: plagdet
              cue.exact.f1: cue F1
            runs:
              - name: all
                scores:
                  plagdet: 0.925
              - name: first 20
                limit: 20
                test: panFirstTwentyPairs
                tolerance: 0.01
                tolerances:
                  cue.exact.f1: 0.05
                scores:
                  plagdet: 0.895   # measured 2026-12-02
                  granularity: 1.000
                  cue.exact.f1: 0.68
                  pairs: 20
            """;

    private static Regression read(Path dir) throws Exception {
        Path file = dir.resolve("pan.yaml");
        Files.writeString(file, YAML);
        return Regressions.read(file);
    }

    @Test
    void scoresKeepTheirWrittenDigits(@TempDir Path dir) throws Exception {
        Regression pan = read(dir);
        assertEquals("pan", pan.name());
        assertEquals("1.000", pan.run("first 20").scores().get("granularity"));
        assertEquals("./echotrace eval pan DIR --limit 20", pan.commandOf(pan.run("first 20")));
    }

    @Test
    void aScoreHoldsWithinItsToleranceAndTheRoundingOfWhatIsWritten(@TempDir Path dir) throws Exception {
        Run run = read(dir).run("first 20");
        String json = "{\"pairs\": 20, \"plagdet\": %s, \"granularity\": 1.0, \"cue\": {\"exact\": {\"f1\": %s}}}";
        assertEquals(List.of(), run.misses(json.formatted("0.9054", "0.72")));
        assertEquals(List.of(), run.misses(json.formatted("0.8846", "0.6349")));
        List<String> misses = run.misses(json.formatted("0.906", "0.62"));
        assertEquals(2, misses.size(), misses.toString());
        assertTrue(misses.get(0).startsWith("plagdet: expected 0.895 ± 0.01, measured 0.906"), misses.get(0));
        assertTrue(run.misses("{\"plagdet\": 0.895}").stream().anyMatch(m -> m.startsWith("pairs:")));
    }

    @Test
    void theMeasuredScoresAreWrittenIntoTheirRunAlone(@TempDir Path dir) throws Exception {
        String rewritten = ScoreUpdate.rewrite(YAML, "first 20",
                "{\"pairs\": 20, \"plagdet\": 0.91234, \"granularity\": 1.0, \"cue\": {\"exact\": {\"f1\": 0.7}}}");
        assertTrue(rewritten.contains("      plagdet: 0.925\n"), rewritten);
        assertTrue(rewritten.contains("      plagdet: 0.912   # measured 2026-12-02\n"), rewritten);
        assertTrue(rewritten.contains("      granularity: 1.000\n"), rewritten);
        assertTrue(rewritten.contains("      cue.exact.f1: 0.70\n"), rewritten);
        assertTrue(rewritten.contains("      cue.exact.f1: 0.05\n"), "tolerances stay: " + rewritten);
        assertTrue(rewritten.startsWith("# a comment that stays\n"), rewritten);
    }

    @Test
    void thePageGetsItsTablesBetweenTheirMarkersAndNothingElseChanges(@TempDir Path dir) throws Exception {
        Regression pan = read(dir);
        String page = "# Evaluation\n\nSome text.\n\n" + RegressionPage.block(pan).replace("0.925", "0.9")
                + "\n\nMore text.\n";
        assertEquals(1, RegressionPage.differences(page, List.of(pan)).size());
        String regenerated = RegressionPage.regenerate(page, List.of(pan));
        assertEquals(List.of(), RegressionPage.differences(regenerated, List.of(pan)));
        assertTrue(regenerated.startsWith("# Evaluation\n\nSome text.\n\n<!-- regression pan: "), regenerated);
        assertTrue(regenerated.endsWith("<!-- end of regression pan -->\n\nMore text.\n"), regenerated);
        assertTrue(regenerated.contains("| first 20 (`--limit 20`) | 0.895 | 0.68 | 1.000 | 20 |"
                + " `panFirstTwentyPairs` ±0.01; cue F1 ±0.05 |"), regenerated);
        assertEquals(List.of("docs/evaluation.md has no table of regression pan: put its two marker lines"
                + " (RegressionPage.block) where it goes"), RegressionPage.differences("# Evaluation\n", List.of(pan)));
    }

    @Test
    void aBadFileIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "command: x\nruns:\n  - name: a\n    scores: {plagdet: 0.9}\n    tolerence: 0.1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Regressions.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("tolerence"), e.getMessage());
        Files.writeString(file, "command: x\nruns:\n  - name: a\n    scores: {plagdet: high}\n");
        e = assertThrows(IllegalArgumentException.class, () -> Regressions.read(file));
        assertTrue(e.getMessage().contains("run \"a\", plagdet: not a number: high"), e.getMessage());
    }
}
