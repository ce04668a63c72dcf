package org.echotrace.app.web.api;

import org.echotrace.domain.Report;
import org.echotrace.domain.Story;

/**
 * {@code GET /api/stories/{id}}: the story (with analyze's title and its summary) and its report (the schema
 * of report.json), which covers every article of the story.
 */
public record StoryResponse(Story story, Report report) {
}
