package org.echotrace.bench.regressions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.echotrace.report.ReportJson;

/** Finds a score in a result's JSON line by its dotted path: fields by name, list elements by index. */
final class ScorePaths {

    private ScorePaths() {
    }

    /** The node at {@code path} ({@code cue.exact.f1}, {@code paraphrase.linkedAtK.non.3}), or null. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.isArray() && step.chars().allMatch(Character::isDigit) ? node.get(Integer.parseInt(step))
                    : node.get(step);
        }
        return node;
    }

    /** A result's JSON line as a tree. */
    static JsonNode parse(String json) {
        try {
            return ReportJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON line: " + json, e);
        }
    }
}
