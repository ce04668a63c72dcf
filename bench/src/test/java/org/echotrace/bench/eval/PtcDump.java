package org.echotrace.bench.eval;

import java.nio.file.Path;
import org.echotrace.bench.ptc.PtcCorpus;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.language.LabelCandidate;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.Parser;

/** Developer tool: prints each predicted PTC label with the gold span it overlaps ({@code DIR [LIMIT]}). Not a test. */
public final class PtcDump {
    public static void main(String[] args) throws Exception {
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace());
        for (PtcCorpus.Article a : PtcCorpus.read(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 0)) {
            Document doc = Document.of(a.id(), a.text());
            for (LabelCandidate l : analyzer.analyze(doc, null).labels()) {
                Span gold = a.labels().stream().filter(g -> g.overlaps(l.label().span())).findFirst().orElse(null);
                System.out.println((gold == null ? "MISS" : gold.equals(l.label().span()) ? "EXACT" : "OVER") + "\t"
                        + l.label().text() + "\t" + l.target().of(a.text()) + "\t" + (gold == null ? "" : gold.of(a.text())));
            }
        }
    }
}
