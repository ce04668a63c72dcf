package org.echotrace.store;

import java.util.Objects;
import org.echotrace.domain.Report;

/**
 * One stored story's report, as {@code analyze} gives it for the same articles: the CLI's {@code report},
 * the server's story page and {@code GET /api/stories/{id}} all show this.
 *
 * @param story  the story with analyze's title and, when its claims were made, its summary
 * @param report its articles, reuse pairs, language layers and claims (the schema of report.json)
 */
public record StoryReport(org.echotrace.domain.Story story, Report report) {
    public StoryReport {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(report, "report");
    }
}
