package org.echotrace.bench.regressions;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One measured configuration of an evaluation. Scores are kept as written in the YAML ("1.000" stays
 * "1.000" in the page's table).
 *
 * @param name       what the page's table calls it ("all 250 pairs", "first 20 pairs")
 * @param options    command options besides the data folder and the limit, or null
 * @param limit      the number of items scored (the command's {@code --limit}), or null for all
 * @param test       the test method of {@code TestEvaluation} that measures this run, or null when none does
 *                   (a run too slow for {@code mvn verify}: its scores are what the command printed last)
 * @param tolerance  how far a checked score may lie from the expected one, either way, beyond the rounding of
 *                   the expected score as written (0.895 holds 0.8945 to 0.8955 with tolerance 0)
 * @param tolerances a tolerance of its own for some scores, by path
 * @param scores     the expected scores, by path
 */
public record Run(String name, String options, Integer limit, String test, String tolerance,
                  Map<String, String> tolerances, Map<String, String> scores) {

    public Run {
        Objects.requireNonNull(name, "name");
        tolerances = numbers(name, tolerances);
        scores = numbers(name, scores);
        if (tolerance != null) {
            number(name, "tolerance", tolerance);
        }
    }

    /** The values as written, in order, each checked to be a number. */
    private static Map<String, String> numbers(String run, Map<String, String> values) {
        Map<String, String> checked = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((path, value) -> checked.put(path, number(run, path, value)));
        }
        return Collections.unmodifiableMap(checked);
    }

    private static String number(String run, String path, String value) {
        try {
            new BigDecimal(Objects.requireNonNull(value, "no value"));
            return value;
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("run \"" + run + "\", " + path + ": not a number: " + value, e);
        }
    }

    /** The run's limit as the evaluations take it: 0 for all. */
    public int limitOrAll() {
        return limit == null ? 0 : limit;
    }

    /** How far the score at {@code path} may move. */
    public BigDecimal toleranceOf(String path) {
        String given = tolerances.getOrDefault(path, tolerance);
        return given == null ? BigDecimal.ZERO : new BigDecimal(given);
    }

    /**
     * The scores of this run that the measured JSON line misses: one line each, naming the path, the
     * expected score with its tolerance and what was measured. Empty when every score holds.
     */
    public List<String> misses(String measuredJson) {
        JsonNode measured = ScorePaths.parse(measuredJson);
        List<String> misses = new ArrayList<>();
        scores.forEach((path, expected) -> {
            JsonNode value = ScorePaths.at(measured, path);
            BigDecimal tolerance = toleranceOf(path);
            if (value == null || !value.isNumber()) {
                misses.add(path + ": expected " + expected + ", the result has no number there");
            } else if (value.decimalValue().subtract(new BigDecimal(expected)).abs().compareTo(allowed(expected, tolerance)) > 0) {
                misses.add(path + ": expected " + expected + " ± " + tolerance.toPlainString() + ", measured "
                        + value.asText());
            }
        });
        return misses;
    }

    /** The tolerance plus half a unit of the expected score's last written digit. */
    private static BigDecimal allowed(String expected, BigDecimal tolerance) {
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(new BigDecimal(expected).scale()).divide(BigDecimal.valueOf(2));
        return tolerance.add(halfUnit);
    }
}
