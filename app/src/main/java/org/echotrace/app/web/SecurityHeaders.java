package org.echotrace.app.web;

import io.javalin.http.Context;

/**
 * Headers on every response. Pages show text from articles, so besides escaping everything they forbid
 * any script but the server's own files, plugins, a {@code <base>} and framing; the pages need no
 * script at all, and styles come only from the server's stylesheets.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
