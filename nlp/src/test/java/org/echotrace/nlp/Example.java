package org.echotrace.nlp;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.nlp.parse.Parser;

/**
 * The bundled example's five reports, cleaned by core's ingester, and one analyzer for all tests of this
 * JVM (CoreNLP's models load once; parses come from the user's parse cache when it has them).
 */
public final class Example {

    public static final CoreNlpLanguageAnalyzer ANALYZER = new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace());

    private static final List<Document> DOCUMENTS = new Ingester(IngestOptions.defaults())
            .read(List.of(Path.of("../examples/mko-relocation-2023").toString()), new ByteArrayInputStream(new byte[0]),
                    Progress.NONE)
            .documents();

    private Example() {
    }

    static List<Document> documents() {
        return DOCUMENTS;
    }

    /** The report whose id starts with {@code prefix} ("001"). */
    public static Document report(String prefix) {
        return DOCUMENTS.stream().filter(d -> d.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The report analysed against its own publication date (or none). */
    public static DocumentLanguage analyzed(String prefix) {
        Document document = report(prefix);
        return ANALYZER.analyze(document, document.publishedDate().map(p -> p.date()).orElse(null));
    }

    public static DocumentLanguage analyzed(String prefix, LocalDate referenceDate) {
        return ANALYZER.analyze(report(prefix), referenceDate);
    }
}
