package org.echotrace.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.echotrace.app.web.ApiError;
import org.echotrace.app.web.RequestProblem;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.IngestResult;
import org.echotrace.ingest.Ingester;
import org.echotrace.report.ReportJson;

/**
 * Reads the body of {@code POST /api/articles} into cleaned documents with the ingest code's JSON Lines
 * reader, so posted articles are cleaned and their metadata inferred exactly as articles read from files.
 * The body is one article (a JSON object, on one line or pretty-printed) or JSON Lines; a bad line is
 * reported and the good ones are kept.
 */
final class PostedArticles {

    /** The documents that could be read and the problems of the lines that could not (or had warnings). */
    record Read(List<Document> documents, List<ApiError.LineProblem> problems) {
    }

    private final IngestOptions options;

    PostedArticles(long maxBytes) {
        this.options = new IngestOptions(maxBytes, Integer.MAX_VALUE);
    }

    /** @param storedIds whether the store holds an id: a repeated id is never renamed to one */
    Read read(String body, Predicate<String> storedIds) {
        if (body == null || body.isBlank()) {
            throw RequestProblem.badRequest("empty body: send one article as a JSON object, or JSON Lines"
                    + " (one article object a line)");
        }
        // Articles without an id or url are named after the body, so posting the same body again stores nothing new.
        Ingester ingester = new Ingester(options, storedIds);
        String name = "posted-" + digest(body) + ".jsonl";
        JsonNode object = singleObject(body);
        IngestResult read = object != null ? ingester.readObject(name, object) : ingester.readString(name, body);
        // notes (a renamed id, an ignored date) are the "warnings" of lines that were still read
        List<ApiError.LineProblem> problems = java.util.stream.Stream.concat(read.problems().stream(),
                read.notes().stream()).map(PostedArticles::problem).toList();
        return new Read(read.documents(), problems);
    }

    /**
     * The body when it is one object (pretty-printed or not), read as the first line of a JSON Lines file would
     * be; null for anything else, which the JSON Lines reader takes as it is.
     */
    private static JsonNode singleObject(String body) {
        try {
            JsonNode whole = ReportJson.mapper().reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
            if (whole != null && whole.isArray()) {
                throw RequestProblem.badRequest("a JSON array is not accepted: send one article object, or JSON Lines");
            }
            return whole != null && whole.isObject() ? whole : null;
        } catch (JsonProcessingException e) {
            return null; // several lines, or a broken one: the JSON Lines reader says which
        }
    }

    private static ApiError.LineProblem problem(Diagnostic diagnostic) {
        return new ApiError.LineProblem(diagnostic.line(), diagnostic.reason());
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
