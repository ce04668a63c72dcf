package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis found. Serialised as {@code report.json}; the schema is written down in
 * {@code docs/report-format.md}.
 *
 * @param generator name and version of the program that wrote it
 * @param settings  the settings the analysis ran with, so a reader can reproduce it
 * @param entities     people, organisations and places, merged across documents
 * @param attributions who is said to have said what, in document order
 * @param problems     inputs that could not be read, with the reason
 */
public record Report(
        String generator,
        AnalysisSettings settings,
        List<Document> documents,
        List<ReusePair> reuse,
        List<Story> stories,
        List<Entity> entities,
        List<Attribution> attributions,
        List<Diagnostic> problems) {

    public Report {
        Objects.requireNonNull(generator, "generator");
        documents = List.copyOf(documents);
        reuse = List.copyOf(reuse);
        stories = List.copyOf(stories);
        entities = List.copyOf(entities);
        attributions = List.copyOf(attributions);
        problems = List.copyOf(problems);
    }

    /** A report of text reuse and stories only, without the language layer. */
    public Report(String generator, AnalysisSettings settings, List<Document> documents, List<ReusePair> reuse,
                  List<Story> stories, List<Diagnostic> problems) {
        this(generator, settings, documents, reuse, stories, List.of(), List.of(), problems);
    }
}
