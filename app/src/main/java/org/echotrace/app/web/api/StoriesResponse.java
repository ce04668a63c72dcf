package org.echotrace.app.web.api;

import java.util.List;
import org.echotrace.domain.Story;

/** {@code GET /api/stories}: one page of stories, latest first, and how many there are in all. */
public record StoriesResponse(int total, int offset, List<Story> stories) {
}
