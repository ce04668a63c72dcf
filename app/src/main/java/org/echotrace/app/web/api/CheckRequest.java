package org.echotrace.app.web.api;

/**
 * The body of {@code POST /api/check}.
 *
 * @param published ISO date or date-time; optional, as is the title
 */
public record CheckRequest(String text, String title, String published) {
}
