package org.echotrace.nlp;

import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.domain.TimelineEntry;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.timeline.ReferenceDates;
import org.echotrace.timeline.TimelineBuilder;

/** Developer tool: the bundled example's timeline, each document against its chosen reference date. Not a test. */
public final class TimelineDump {
    public static void main(String[] args) {
        List<Document> docs = Example.documents();
        List<DocumentLanguage> languages = docs.stream()
                .map(d -> Example.ANALYZER.analyze(d, ReferenceDates.of(d).date())).toList();
        for (TimelineEntry e : TimelineBuilder.build(docs, languages)) {
            System.out.printf("%-22s %-7s %-6s %-6s %-12s %s | %s%n", e.date(), e.precision(), e.modifier(), e.anchored(),
                    e.verb(), e.documents().stream().map(id -> id.substring(0, 3)).toList(), e.text());
        }
    }
}
