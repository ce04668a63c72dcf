package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis found. Serialised as {@code report.json}; the schema is written down in
 * {@code docs/report-format.md}.
 *
 * @param generator name and version of the program that wrote it
 * @param settings  the settings the analysis ran with, so a reader can reproduce it
 * @param problems  inputs that could not be read, with the reason
 */
public record Report(
        String generator,
        AnalysisSettings settings,
        List<Document> documents,
        List<ReusePair> reuse,
        List<Story> stories,
        List<Diagnostic> problems) {

    public Report {
        Objects.requireNonNull(generator, "generator");
        documents = List.copyOf(documents);
        reuse = List.copyOf(reuse);
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }
}
