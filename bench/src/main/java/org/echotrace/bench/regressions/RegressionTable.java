package org.echotrace.bench.regressions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A regression as a Markdown table: one row per run, one column per score, and for a run a test checks, the
 * test and its tolerance.
 */
public final class RegressionTable {

    private RegressionTable() {
    }

    public static String render(Regression regression) {
        Map<String, String> columns = columnsOf(regression);
        StringBuilder table = new StringBuilder();
        table.append(row("run", columns.values(), "checked by `TestEvaluation` (±tolerance)"));
        table.append(row("---", columns.values().stream().map(c -> "---:").toList(), "---"));
        for (Run run : regression.runs()) {
            List<String> cells = columns.keySet().stream().map(p -> run.scores().getOrDefault(p, "")).toList();
            table.append(row(runCell(regression, run), cells, checkCell(run, columns)));
        }
        return table.toString();
    }

    /** The YAML's columns, then any score path no column names, under its path. */
    private static Map<String, String> columnsOf(Regression regression) {
        Map<String, String> columns = new LinkedHashMap<>(regression.columns());
        regression.runs().forEach(run -> run.scores().keySet().forEach(path -> columns.putIfAbsent(path, path)));
        return columns;
    }

    private static String runCell(Regression regression, Run run) {
        String options = regression.optionsOf(run);
        return options.isEmpty() ? run.name() : run.name() + " (`" + options + "`)";
    }

    /** The test's name and the run's tolerance, with the scores that have one of their own. */
    private static String checkCell(Run run, Map<String, String> columns) {
        if (run.test() == null) {
            return "";
        }
        String own = run.tolerances().entrySet().stream()
                .map(t -> columns.getOrDefault(t.getKey(), t.getKey()) + " ±" + t.getValue())
                .collect(Collectors.joining(", "));
        String all = "±" + (run.tolerance() == null ? "0" : run.tolerance());
        return "`" + run.test() + "` " + all + (own.isEmpty() ? "" : "; " + own);
    }

    private static String row(String first, Iterable<String> cells, String last) {
        StringBuilder row = new StringBuilder("| ").append(first).append(" |");
        cells.forEach(cell -> row.append(' ').append(cell).append(" |"));
        return row.append(' ').append(last).append(" |\n").toString();
    }
}
