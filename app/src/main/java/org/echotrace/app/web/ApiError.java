package org.echotrace.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The body of every error response of the JSON API.
 *
 * @param error    what is wrong, in words
 * @param line     the line of a JSON or JSON Lines body it is on, when there is one
 * @param problems for a JSON Lines body, every line that could not be stored (or was stored with a warning)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, Integer line, List<LineProblem> problems) {

    /** A problem with one line of a posted body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineProblem(Integer line, String error) {
    }

    public ApiError {
        Objects.requireNonNull(error, "error");
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static ApiError of(String error) {
        return new ApiError(error, null, List.of());
    }
}
