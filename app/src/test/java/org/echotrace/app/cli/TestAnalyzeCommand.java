package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.echotrace.cli.ExitCodes;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.report.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echotrace analyze} end to end on the bundled example and on bad input. */
class TestAnalyzeCommand {

    static final Path EXAMPLE = Path.of("..", "examples", "mko-relocation-2023");

    @TempDir
    static Path out;
    static CliRun run;
    static Report report;

    @BeforeAll
    static void analyzeExample() throws IOException {
        run = CliRun.of("analyze", EXAMPLE.toString(), "--out", out.toString(), "--quiet");
        report = ReportJson.read(out.resolve("report.json"));
    }

    @Test
    void writesAllFilesAndSaysWhereTheReportIs() {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        for (String name : List.of("report.json", "report.html", "reuse.csv", "provenance.gexf", "outlets.csv",
                "outlets.gexf", "claims.csv", "labels.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertTrue(run.out().contains("report.html"), run.out());
    }

    @Test
    void recordsEverySettingItRanWith() {
        assertEquals(AnalysisSettings.DEFAULTS, report.settings(), "reuse, stories and claims, read back from report.json");
    }

    @Test
    void readsEveryExampleReport() {
        assertEquals(Set.of("000_2ed75f499643938c", "001_e510f0f15825f0ec", "002_f5b39aab0b15c470",
                        "003_6dd2a2cadfda3647", "004_0fd4f377be1bc8b9"),
                report.documents().stream().map(d -> d.id()).collect(Collectors.toSet()));
        assertTrue(report.problems().isEmpty(), report.problems().toString());
    }

    @Test
    void theOlderReportIsItsOwnStoryAndSharesNoPassage() {
        String older = "004_0fd4f377be1bc8b9";
        Story alone = report.stories().stream().filter(s -> s.documents().contains(older)).findFirst().orElseThrow();
        assertEquals(List.of(older), alone.documents());
        assertEquals(2, report.stories().size(), report.stories().toString());
        for (ReusePair pair : report.reuse()) {
            assertFalse(pair.a().equals(older) || pair.b().equals(older), pair.toString());
        }
    }

    @Test
    void theLanguageLayerIsInTheReport() {
        var group = report.entities().stream().filter(e -> e.aliases().contains("MKO")).findFirst().orElseThrow();
        assertTrue(group.aliases().contains("Mujahedin-e-Khalk"), group.aliases().toString());
        Set<String> anchoredMonths = report.timeline().stream().filter(t -> t.anchored()).map(t -> t.date())
                .collect(Collectors.toSet());
        assertTrue(anchoredMonths.containsAll(Set.of("2023-06", "2023-08")), anchoredMonths.toString());
        assertTrue(report.outletLabels().stream().anyMatch(o -> o.entity().equals(group.id())), "labels of the group");
        assertEquals(5, report.referenceDates().size());
        assertFalse(report.attributions().isEmpty(), "attributions");
    }

    @Test
    void everyOutletCallsTheGroupTerroristAndTheLeaderRingleader() throws IOException {
        var group = report.entities().stream().filter(e -> e.aliases().contains("MKO")).findFirst().orElseThrow();
        Set<String> callingTerrorist = report.outletLabels().stream().filter(t -> t.entity().equals(group.id()))
                .flatMap(t -> t.rows().stream()).filter(r -> r.term().equals("terrorist") || r.forms().containsKey("terrorist"))
                .filter(r -> r.evidence() != null).map(r -> r.outlet()).collect(Collectors.toSet());
        assertTrue(callingTerrorist.size() >= 4, callingTerrorist.toString());
        assertTrue(report.labels().stream().anyMatch(l -> l.document().startsWith("004") && l.entity().equals(group.id())
                && l.label().equals("dissident group") && l.evaluative()), "004's dissident group");
        var leader = report.entities().stream().filter(e -> e.name().endsWith("Rajavi")).findFirst().orElseThrow();
        assertTrue(report.labels().stream().filter(l -> l.entity().equals(leader.id()))
                .filter(l -> l.term().equals("ringleader")).map(l -> l.document()).distinct().count() >= 3);
        String sentence = report.outletLabels().stream().filter(t -> t.entity().equals(group.id()) && t.contrast() != null)
                .findFirst().orElseThrow().contrast();
        assertTrue(sentence.startsWith("called 'terrorist' by 4 of 4 outlets"), sentence);
        List<String> lines = Files.readAllLines(out.resolve("labels.csv"), StandardCharsets.UTF_8);
        assertEquals(report.labels().size() + 1, lines.size(), "one row per label");
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("called &#39;terrorist&#39; by 4 of 4 outlets"), "the contrast sentence, escaped");
    }

    @Test
    void theCopiedParagraphsArePaired() {
        ReusePair pair = report.reuse().stream()
                .filter(p -> p.a().startsWith("000") && p.b().startsWith("003")).findFirst().orElseThrow();
        assertTrue(pair.sharedWords() >= 150, "shared words " + pair.sharedWords());
        String textA = report.documents().stream().filter(d -> d.id().equals(pair.a())).findFirst().orElseThrow().text();
        String textB = report.documents().stream().filter(d -> d.id().equals(pair.b())).findFirst().orElseThrow().text();
        boolean seizedOnBothSides = pair.passages().stream().anyMatch(p ->
                p.a().of(textA).contains("They seized 150 computer devices")
                        && p.b().of(textB).contains("They seized 150 computer devices"));
        assertTrue(seizedOnBothSides, "the copied paragraph is aligned on both sides");
    }

    @Test
    void theUncreditedCopyIsAnEdgeBetweenTheTwoOutlets() {
        Map<String, String> outletOf = report.outlets().documents().stream()
                .collect(Collectors.toMap(d -> d.document(), d -> d.outlet()));
        String copier = outletOf.get("003_6dd2a2cadfda3647");
        String original = outletOf.get("000_2ed75f499643938c");
        var edge = report.outlets().edges().stream()
                .filter(e -> Set.of(e.from(), e.to()).equals(Set.of(copier, original))).findFirst().orElseThrow();
        assertTrue(edge.words() >= 150, edge.toString());
        assertEquals(0.0, edge.creditedShare(), "003 names neither 000's outlet nor its sources");
        assertTrue(report.outlets().edges().stream().anyMatch(e -> Set.of(e.from(), e.to())
                .equals(Set.of(copier, outletOf.get("001_e510f0f15825f0ec")))), "003 shares 000's paragraph with 001");
    }

    @Test
    void csvHasOneRowPerPassage() throws IOException {
        long passages = report.reuse().stream().mapToLong(p -> p.passages().size()).sum();
        List<String> lines = Files.readAllLines(out.resolve("reuse.csv"), StandardCharsets.UTF_8);
        long rows = lines.stream().skip(1).filter(l -> l.matches("^[^,\"]+,[^,\"]+,(verbatim|near-verbatim|paraphrase),.*")).count();
        assertEquals(passages, rows);
    }

    @Test
    void claimsSurviveTheRoundTripThroughReportJson() throws IOException {
        assertFalse(report.claims().isEmpty());
        ReusePair copy = report.reuse().stream()
                .filter(p -> p.a().startsWith("000") && p.b().startsWith("003")).findFirst().orElseThrow();
        assertEquals(Boolean.FALSE, copy.credited());
        Story relocation = report.stories().stream().filter(s -> s.documents().size() == 4).findFirst().orElseThrow();
        assertEquals(4, relocation.summary().reports());
        long statements = report.claims().stream().mapToLong(c -> c.statements().size()).sum();
        List<String> lines = Files.readAllLines(out.resolve("claims.csv"), StandardCharsets.UTF_8);
        assertEquals("claim,story,document,start,end,attribution,first_document,unattributed,sources,conflicts,text",
                lines.get(0));
        assertEquals(statements, lines.stream().skip(1).filter(l -> l.matches("^c\\d+,s\\d+,.*")).count());
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"claims\"") && html.contains("edge-line near-verbatim uncredited"));
    }

    @Test
    void nothingReadableExitsWithNoInput(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        CliRun bad = CliRun.of("analyze", binary.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(ExitCodes.NO_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("image.txt"), bad.err());
    }

    @Test
    void strictFailsWhenAnyInputIsSkippedButTheRestIsStillWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), "A perfectly ordinary article about a council meeting.\n");
        Files.writeString(dir.resolve("empty.txt"), "   \n");
        Path target = dir.resolve("out");
        CliRun strict = CliRun.of("analyze", dir.toString(), "--out", target.toString(), "--quiet", "--strict", "--no-nlp");
        assertEquals(ExitCodes.INPUT_PROBLEMS, strict.exitCode(), strict.err());
        assertTrue(strict.err().contains("empty.txt"), strict.err());
        assertTrue(Files.isRegularFile(target.resolve("report.json")));
        CliRun lenient = CliRun.of("analyze", dir.toString(), "--out", target.toString(), "--quiet", "--no-nlp");
        assertEquals(ExitCodes.OK, lenient.exitCode());
    }

    @Test
    void badSettingsAreUsageErrors() {
        CliRun bad = CliRun.of("analyze", EXAMPLE.toString(), "--min-words", "2", "--out", out.resolve("x").toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("minWords"), bad.err());
    }
}
