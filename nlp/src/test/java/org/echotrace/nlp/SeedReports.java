package org.echotrace.nlp;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageStage;
import org.echotrace.nlp.parse.Parser;
import org.echotrace.timeline.ReferenceDates;

/**
 * The bundled example (five real reports of one story), read and analysed once per test JVM. Parses are
 * cached under target/, so a second test run in the same checkout does not parse again.
 */
public final class SeedReports {

    static final Path FOLDER = Path.of("..", "examples", "mko-relocation-2023");
    public static final Parser PARSER = Parser.cachedIn(Path.of("target", "parse-cache"));

    private SeedReports() {
    }

    private static List<Document> documents;
    private static List<DocumentLanguage> languages;

    // Not a lazy holder class: the language stage's worker threads would wait on the holder's
    // initialisation, which waits on them.
    public static synchronized List<Document> documents() {
        if (documents == null) {
            documents = new Ingester(IngestOptions.defaults())
                    .read(List.of(FOLDER.toString()), InputStream.nullInputStream(), Progress.NONE).documents();
        }
        return documents;
    }

    public static synchronized List<DocumentLanguage> languages() {
        if (languages == null) {
            languages = new LanguageStage(new CoreNlpLanguageAnalyzer(PARSER), d -> ReferenceDates.of(d).date(), 2)
                    .run(documents(), Progress.NONE).languages();
        }
        return languages;
    }

    /** The document whose id starts with the seed's number ("001"). */
    static Document document(String number) {
        return documents().stream().filter(d -> d.id().startsWith(number)).findFirst().orElseThrow();
    }
}
