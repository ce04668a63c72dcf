package org.echotrace.app.web.api;

import org.echotrace.domain.Report;
import org.echotrace.domain.Story;

/**
 * {@code GET /api/stories/{id}}: the story and its report (the schema of report.json).
 *
 * @param analysed how many of its documents the report covers
 */
public record StoryResponse(Story story, int analysed, Report report) {
}
