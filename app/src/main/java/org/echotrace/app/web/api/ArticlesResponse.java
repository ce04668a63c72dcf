package org.echotrace.app.web.api;

import java.util.List;
import org.echotrace.app.web.ApiError;
import org.echotrace.store.IngestOutcome;

/**
 * What {@code POST /api/articles} answers once its articles are durable.
 *
 * @param stored   one outcome per article read, in the order posted
 * @param problems lines that could not be stored, or were stored with a warning
 */
public record ArticlesResponse(List<IngestOutcome> stored, List<ApiError.LineProblem> problems) {
}
