package org.echotrace.bench.eval;

import java.nio.file.Path;
import org.echotrace.bench.ptc.PtcCorpus;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.language.LabelCandidate;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;

/**
 * Developer tool: prints each evaluative label predicted on PTC's vocabulary part (the part one may tune on) with
 * the gold span it overlaps, its evidence, lexicon entry and kind ({@code DIR [LIMIT]}). Not a test.
 */
public final class PtcDump {
    public static void main(String[] args) throws Exception {
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace());
        for (PtcCorpus.Article a : PtcCorpus.read(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 0)) {
            boolean innerDev = Boolean.getBoolean("innerDev");
            if (!PtcCorpus.isVocabularyPart(a.id()) || innerDev && org.echotrace.bench.resources.InnerVocabulary.isInnerTrain(a.id())) {
                continue;
            }
            Document doc = Document.of(a.id(), a.text());
            java.util.List<LabelCandidate> found = analyzer.analyze(doc, null).labels().stream()
                    .filter(LabelCandidate::evaluative).toList();
            long covered = a.labels().stream().filter(g -> found.stream().anyMatch(l -> g.overlaps(l.label().span()))).count();
            System.out.println("GOLD\t" + a.labels().size() + "\t" + covered);
            a.labels().stream().filter(g -> found.stream().noneMatch(l -> g.overlaps(l.label().span())))
                    .forEach(g -> System.out.println("UNCOVERED\t" + g.of(a.text()).replace('\n', ' ')));
            for (LabelCandidate l : found) {
                if (!l.evaluative()) {
                    continue;
                }
                Span gold = a.labels().stream().filter(g -> g.overlaps(l.label().span())).findFirst().orElse(null);
                System.out.println((gold == null ? "MISS" : gold.equals(l.label().span()) ? "EXACT" : "OVER") + "\t"
                        + l.evidence() + "\t" + l.family() + "\t" + l.kind() + "\t" + l.label().text().replace('\n', ' ')
                        + "\t" + l.target().of(a.text()).replace('\n', ' ') + "\t"
                        + (gold == null ? "" : gold.of(a.text()).replace('\n', ' ')));
            }
        }
    }
}
