package org.echotrace.nlp;

import java.util.List;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.nlp.parse.Parser;

/** Developer tool: the attributions found in the cleaned documents of the given inputs. Not a test. */
public final class ShowSeeds {
    public static void main(String[] args) {
        List<Document> documents = new Ingester(IngestOptions.defaults()).read(List.of(args), null, Progress.NONE).documents();
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace());
        for (Document d : documents) {
            System.out.println("== " + d.id());
            analyzer.extract(d).forEach(a -> System.out.println("  [" + a.cue().text() + "] "
                    + (a.source() == null ? "-" : a.source().text() + " /" + a.source().kind().label()
                    + (a.source().refersTo() == null ? "" : " =" + a.source().refersTo().text()))
                    + (a.via() == null ? "" : " via " + a.via()) + (a.direct() ? " DIRECT" : "") + " :: " + a.content().text()));
        }
    }
}
