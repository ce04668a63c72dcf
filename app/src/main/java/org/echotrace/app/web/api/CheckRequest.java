package org.echotrace.app.web.api;

/**
 * The body of {@code POST /api/check}.
 *
 * @param published ISO date or date-time; optional, as is the title
 * @param claims    false to skip the claims the text repeats (they need the text parsed: seconds, and
 *                  the language models loaded on first use); default true
 */
public record CheckRequest(String text, String title, String published, Boolean claims) {

    boolean withClaims() {
        return claims == null || claims;
    }
}
