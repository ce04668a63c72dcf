package org.echotrace.app.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers on every response, the server's own error answers included. Pages show text from articles, so
 * besides escaping everything they forbid any script but the server's own files, plugins, a
 * {@code <base>} and framing; the pages need no script at all, and styles come only from the server's
 * stylesheets.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
