package org.echotrace.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.echotrace.Progress;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.claims.ClaimSettings;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Claim;
import org.echotrace.domain.ConflictKind;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReuseKind;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.Statement;
import org.echotrace.domain.Story;
import org.echotrace.nlp.embedding.MiniLmEmbedder;
import org.echotrace.story.StorySettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claims and provenance on the bundled example: five real reports, four of one story. 000 is the
 * agency-based report, 001 and 003 copy parts of it, 002 restates it in new words, 004 is an older story.
 */
class TestClaimsOnSeeds {

    private static Report report;

    @BeforeAll
    static void analyze() {
        try (MiniLmEmbedder embedder = MiniLmEmbedder.load(2)) {
            report = new AnalysisPipeline(ReuseSettings.DEFAULTS, StorySettings.DEFAULTS)
                    .withLanguage(new CoreNlpLanguageAnalyzer(SeedReports.PARSER), 2)
                    .withClaims(embedder, ClaimSettings.DEFAULTS)
                    .analyze(SeedReports.documents(), List.of(), Progress.NONE);
        }
    }

    private static String id(String number) {
        return SeedReports.document(number).id();
    }

    /** The claim holding the statement that contains {@code words} in document {@code number}. */
    private static Claim claimWith(String number, String words) {
        return report.claims().stream()
                .filter(c -> c.statements().stream().anyMatch(s -> s.document().equals(id(number)) && s.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no statement of " + number + " with: " + words));
    }

    private static Set<String> documents(Claim c) {
        return c.statements().stream().map(Statement::document).collect(Collectors.toSet());
    }

    @Test
    void theRewrittenReportIsLinkedToTheOneItRewritesThroughMatchedClaims() {
        ReusePair pair = report.reuse().stream()
                .filter(p -> p.a().equals(id("000")) && p.b().equals(id("002"))).findFirst().orElseThrow();

        assertEquals(ReuseKind.PARAPHRASE, pair.kind());
        assertTrue(pair.passages().size() >= ClaimSettings.DEFAULTS.paraphraseClaims(), pair.toString());
        // each passage is a pair of statements, one in each document
        String a = SeedReports.document("000").text();
        pair.passages().forEach(p -> assertTrue(report.claims().stream().flatMap(c -> c.statements().stream())
                .anyMatch(s -> s.document().equals(id("000")) && s.span().equals(p.a())), p.a().of(a)));
    }

    @Test
    void theDeathTollsThatDisagreeAreANumberConflict() {
        Claim toll = claimWith("000", "More than 17,000 Iranians");

        assertTrue(documents(toll).contains(id("002")), "002's toll is in the same claim: " + toll.statements());
        var conflict = toll.conflicts().stream().filter(c -> c.kind() == ConflictKind.NUMBER).findFirst().orElseThrow();
        var values = conflict.values().stream().map(v -> v.value().toLowerCase()).collect(Collectors.toSet());
        assertEquals(Set.of("more than 17,000", "some 12,000"), values);
        var more = conflict.values().stream().filter(v -> v.value().startsWith("More")).findFirst().orElseThrow();
        assertEquals(17000, more.low());
        assertNull(more.high());
    }

    @Test
    void theDestinationOnlySomeReportsGiveIsListed() {
        boolean listed = report.claims().stream().flatMap(c -> c.conflicts().stream())
                .filter(c -> c.kind() == ConflictKind.PLACE && !c.without().isEmpty())
                .anyMatch(c -> c.values().stream().anyMatch(v -> v.value().equals("Germany")));
        assertTrue(listed);
    }

    @Test
    void theLeadersConvictionNobodySourcesIsUnattributed() {
        Claim conviction = claimWith("003", "found guilty");

        assertTrue(conviction.unattributed());
        assertTrue(conviction.sources().isEmpty());
        assertTrue(conviction.repeatedUnsourced().contains(id("003")));
    }

    @Test
    void theCopyThatNamesNoSourceIsNotCredited() {
        ReusePair copy = report.reuse().stream()
                .filter(p -> p.a().equals(id("000")) && p.b().equals(id("003"))).findFirst().orElseThrow();

        assertEquals(ReuseKind.NEAR_VERBATIM, copy.kind());
        assertEquals(Boolean.FALSE, copy.credited());
        // 001 names the agency that 000's source spoke to, so its copy credits 000
        ReusePair credited = report.reuse().stream()
                .filter(p -> p.a().equals(id("000")) && p.b().equals(id("001"))).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, credited.credited());
    }

    @Test
    void theRelocationClaimsRestOnOneAnonymousSourceThroughOneAgency() {
        Story story = report.stories().stream().filter(s -> s.documents().contains(id("000"))).findFirst().orElseThrow();
        assertNotNull(story.summary());
        String summary = String.join(" ", story.summary().sentences());

        assertTrue(summary.contains("in all 4 reports") && summary.contains("rest on one anonymous source speaking through Tasnim"),
                summary);
        Claim plan = claimWith("000", "told Tasnim");
        assertEquals(1, plan.sources().size());
        assertEquals(SourceKind.ANONYMOUS, plan.sources().get(0).kind());
        assertTrue(plan.sources().get(0).via().startsWith("Tasnim"), plan.sources().get(0).via());
    }

    @Test
    void anOutletCitedAsTheSourceLeadsBackToWhoSpokeThroughIt() {
        // 001: "..., according to Tasnim" - the agency passed on what its anonymous source told it
        Claim cited = report.claims().stream()
                .filter(c -> c.statements().stream().anyMatch(s -> s.document().equals(id("001")) && s.attribution() != null
                        && report.attributions().get(s.attribution()).cue().text().equals("according to")))
                .findFirst().orElseThrow();
        assertEquals(SourceKind.ANONYMOUS, cited.sources().get(0).kind());
    }

    @Test
    void everyStatementStandsWhereItsOffsetsSay() {
        for (Claim c : report.claims()) {
            for (Statement s : c.statements()) {
                String text = report.documents().stream().filter(d -> d.id().equals(s.document())).findFirst()
                        .orElseThrow().text();
                assertEquals(s.text(), text.substring(s.start(), s.end()));
            }
            assertFalse(c.statements().isEmpty());
        }
    }
}
