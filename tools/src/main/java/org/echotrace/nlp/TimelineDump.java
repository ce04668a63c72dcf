package org.echotrace.nlp;

import java.util.List;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.domain.TimelineEntry;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.nlp.parse.Parser;
import org.echotrace.timeline.ReferenceDates;
import org.echotrace.timeline.TimelineBuilder;

/**
 * Developer tool: the timeline of the given inputs (files or folders, e.g. one of examples/), each document
 * against its chosen reference date.
 */
public final class TimelineDump {
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: TimelineDump FILE_OR_FOLDER...");
            System.exit(2);
        }
        List<String> inputs = List.of(args);
        List<Document> docs = new Ingester(IngestOptions.defaults()).read(inputs, null, Progress.NONE).documents();
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace());
        List<DocumentLanguage> languages = docs.stream()
                .map(d -> analyzer.analyze(d, ReferenceDates.of(d).date())).toList();
        for (TimelineEntry e : TimelineBuilder.build(docs, languages)) {
            System.out.printf("%-22s %-7s %-6s %-6s %-12s %s | %s%n", e.date(), e.precision(), e.modifier(), e.anchored(),
                    e.verb(), e.documents().stream().map(id -> id.substring(0, 3)).toList(), e.text());
        }
    }
}
