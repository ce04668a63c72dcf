package org.echotrace.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.app.web.ApiError;
import org.echotrace.app.web.RequestProblem;
import org.echotrace.app.web.SearchParams;
import org.echotrace.app.web.Services;
import org.echotrace.domain.Story;
import org.echotrace.report.ReportJson;
import org.echotrace.store.Intake;
import org.echotrace.store.SearchQuery;
import org.echotrace.store.StoredArticle;
import org.echotrace.store.StoryReport;

/**
 * The JSON API (described in {@code /openapi.json}): reads are open, writes need the bearer token.
 * Handlers only translate between HTTP and the store; errors are thrown as {@link RequestProblem}.
 */
public final class ApiRoutes {

    private final Services services;
    private final PostedArticles posted;

    public ApiRoutes(Services services) {
        this.services = services;
        this.posted = new PostedArticles(services.maxBody());
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/stories", this::stories);
        routes.get("/api/stories/{id}", this::story);
        routes.get("/api/documents/{id}", this::document);
        routes.get("/api/search", ctx -> ctx.json(services.store().search(SearchParams.from(ctx))));
        routes.get("/api/outlets", this::outlets);
        routes.post("/api/check", this::check);
        routes.post("/api/articles", this::articles);
    }

    private void stories(Context ctx) {
        SearchQuery query = SearchParams.from(ctx); // offset and limit
        ctx.json(services.store().read(reader -> new StoriesResponse(reader.stats().stories(), query.offset(),
                reader.stories(query.offset(), query.limit()))));
    }

    private void outlets(Context ctx) {
        SearchQuery query = SearchParams.from(ctx); // from, to and limit
        ctx.json(OutletsResponse.of(query.from(), query.to(), services.outlets().graph(query.from(), query.to()),
                query.limit()));
    }

    private void story(Context ctx) {
        StoryReport found = services.storyReport(ctx.pathParam("id"), withSources(ctx));
        ctx.json(new StoryResponse(found.story(), found.report()));
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        boolean sources = withSources(ctx);
        ctx.json(services.store().read(reader -> {
            StoredArticle article = Services.found(reader.article(id), id);
            return new DocumentResponse(sources ? article.document() : article.document().withoutSource(), article.sequence(),
                    reader.storyOf(id).map(Story::id).orElse(null), reader.reuseOf(id), article.language());
        }));
    }

    /** Where articles were read from (file paths on this server) is shown to the token's holder only. */
    private boolean withSources(Context ctx) {
        return services.token().accepts(ctx.header("Authorization"));
    }

    private void check(Context ctx) {
        CheckRequest request = parse(ctx.body());
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw RequestProblem.badRequest("\"text\" is missing or empty");
        }
        ctx.json(services.check().check(request.text(), request.title(), request.published(), request.withClaims(),
                CheckResponse::of));
    }

    private void articles(Context ctx) {
        if (!services.token().accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw RequestProblem.unauthorized("writes need the header Authorization: Bearer TOKEN"
                    + " (the token serve printed when it made it, or ECHOTRACE_TOKEN)");
        }
        String body = ctx.body();
        ctx.status(201).json(services.writer().exclusively(storedIds -> store(posted.read(body, storedIds))));
    }

    private ArticlesResponse store(PostedArticles.Read read) {
        if (read.documents().isEmpty()) {
            ApiError.LineProblem first = read.problems().isEmpty() ? new ApiError.LineProblem(null, "no article found")
                    : read.problems().get(0);
            throw RequestProblem.badRequest(new ApiError("nothing stored: " + first.error(), first.line(), read.problems()));
        }
        Intake.BatchResult result = services.writer().add(read.documents());
        List<ApiError.LineProblem> problems = new ArrayList<>(read.problems());
        result.problems().forEach(p -> problems.add(new ApiError.LineProblem(null, p.toString())));
        return new ArticlesResponse(result.outcomes(), problems);
    }

    private static CheckRequest parse(String body) {
        try {
            return ReportJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(body, CheckRequest.class);
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            // Jackson's message names its (redacted) source; the line is given apart
            String reason = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "[");
            throw RequestProblem.badRequest(new ApiError("malformed JSON: " + reason, line, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: does not happen
        }
    }
}
