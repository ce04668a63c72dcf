package org.echotrace.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.echotrace.app.web.pages.ErrorPage;
import org.echotrace.store.InvalidQuery;
import org.echotrace.store.StoreException;
import org.echotrace.text.TerminalText;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a response a client can use: JSON {@link ApiError} under {@code /api/}, a
 * short page elsewhere. Nothing internal reaches the client: unexpected exceptions are logged on the
 * server and answered with a generic 500.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(RequestProblem.class, (e, ctx) -> respond(ctx, e.status(), e.error()));
        routes.exception(InvalidQuery.class, (e, ctx) -> respond(ctx, 400, ApiError.of(e.getMessage())));
        // the store could not be written (a full disk): nothing acknowledged is lost, the client may retry later
        routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("{} {}: {}", ctx.method(), TerminalText.escape(ctx.path()), e.getMessage());
            respond(ctx, 503, ApiError.of("the store cannot be written now; nothing was stored from this request"));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), ApiError.of(
                e.getStatus() == 413 ? "request body too large (serve --max-body)" : e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            HttpException malformed = malformedRequest(e);
            if (malformed != null) {
                respond(ctx, malformed.getCode(), ApiError.of("malformed request: " + malformed.getReason()));
                return;
            }
            LOG.error("{} {} failed", ctx.method(), TerminalText.escape(ctx.path()), e);
            respond(ctx, 500, ApiError.of("internal error; the server's log has the details"));
        });
        routes.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                respond(ctx, 404, ApiError.of("no such page or endpoint: " + ctx.path()));
            }
        });
        routes.error(405, ctx -> respond(ctx, 405, ApiError.of("method " + ctx.method() + " not allowed here")));
    }

    /** Jetty's own verdict on a request it could not parse (a broken multipart body), wrapped by the servlet layer. */
    private static HttpException malformedRequest(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http;
            }
        }
        return null;
    }

    static void respond(Context ctx, int status, ApiError error) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
            ctx.json(error);
        } else {
            ctx.html(ErrorPage.render(status, error.error()));
        }
    }
}
