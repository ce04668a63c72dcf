package org.echotrace.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.echotrace.domain.Document;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LabelCandidate;
import org.echotrace.language.TimeExpression;
import org.echotrace.nlp.parse.Parser;

/** Developer tool: prints the time expressions and labels found in text files ({@code FILE[@DATE]...}). Not a test. */
public final class LanguageDump {
    public static void main(String[] args) throws Exception {
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace());
        for (String arg : args) {
            String[] parts = arg.split("@");
            LocalDate date = parts.length > 1 ? LocalDate.parse(parts[1]) : null;
            Document doc = Document.of(Path.of(parts[0]).getFileName().toString(), Files.readString(Path.of(parts[0])));
            DocumentLanguage language = analyzer.analyze(doc, date);
            System.out.println("=== " + doc.id() + " @" + date);
            for (TimeExpression t : language.times()) {
                System.out.printf("TIME %-22s %-10s %-7s %-6s %s | %s | %s%n", t.value(), t.precision(), t.modifier(),
                        t.anchored(), t.text().text(), t.verb(), t.event() == null ? null : t.event().text());
            }
            for (LabelCandidate l : language.labels()) {
                System.out.printf("LABEL %-30s -> %s%n", l.label().text(), l.target().of(doc.text()));
            }
        }
    }
}
