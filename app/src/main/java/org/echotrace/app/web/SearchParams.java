package org.echotrace.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.echotrace.store.SearchQuery;

/** A search as query parameters ({@code q, entity, outlet, from, to, offset, limit}), shared by the page and the API. */
public final class SearchParams {

    public static final int DEFAULT_LIMIT = 20;

    private SearchParams() {
    }

    /** The query the parameters ask for; a malformed value is a {@link RequestProblem} naming the parameter. */
    public static SearchQuery from(Context ctx) {
        int offset = number(ctx, "offset", 0);
        int limit = number(ctx, "limit", DEFAULT_LIMIT);
        if (offset < 0 || offset > SearchQuery.MAX_OFFSET || limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw RequestProblem.badRequest("offset must be 0.." + SearchQuery.MAX_OFFSET + " and limit 1.."
                    + SearchQuery.MAX_LIMIT + " (echotrace export writes a whole store)");
        }
        return new SearchQuery(text(ctx, "q"), text(ctx, "entity"), text(ctx, "outlet"), date(ctx, "from"),
                date(ctx, "to"), offset, limit);
    }

    /** True when the query asks for anything at all (the search page lists nothing until then). */
    public static boolean asksForSomething(SearchQuery query) {
        return query.text() != null || query.entity() != null || query.outlet() != null || query.from() != null
                || query.to() != null;
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RequestProblem.badRequest(name + ": \"" + value + "\" is not a date (YYYY-MM-DD)");
        }
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = text(ctx, name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw RequestProblem.badRequest(name + ": \"" + value + "\" is not a whole number");
        }
    }
}
