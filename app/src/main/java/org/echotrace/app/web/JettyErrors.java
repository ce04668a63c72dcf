package org.echotrace.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.echotrace.report.ReportJson;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request Jetty refuses before any route sees it (a path such as {@code /../}, a URI or
 * headers too long): an {@link ApiError} in UTF-8 JSON with the headers of every other response, instead of
 * Jetty's ISO-8859-1 page. Jetty no longer knows the path of such a request, so the answer is JSON
 * everywhere: a browser shows it as text, and an API client can read it.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    private static byte[] body(int code, String message) {
        String reason = HttpStatus.getMessage(code);
        String said = message == null || message.isBlank() || message.equals(reason) ? "" : ": " + message;
        try {
            return ReportJson.mapper().writeValueAsString(ApiError.of("malformed request (" + code + " " + reason
                    + said + ")")).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ApiError always serialises", e);
        }
    }
}
