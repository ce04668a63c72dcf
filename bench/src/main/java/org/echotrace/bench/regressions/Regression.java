package org.echotrace.bench.regressions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluation's expected scores, read from {@code bench/regressions/NAME.yaml} (as Anserini keeps its
 * regressions): the data set, the command that scores it, and one run per measured configuration (the whole
 * set, the small version a test checks, other sizes or options). A score is a field of the JSON line the
 * command prints, named by its path ({@code cue.exact.f1}; a list element by its index,
 * {@code paraphrase.linkedAtK.non.3}).
 *
 * @param name    the file's name without {@code .yaml}: the name of its table in docs/evaluation.md
 * @param data    the data set's folder under shared/data
 * @param command the command, from the project root; each run adds its options
 * @param limitOption the command's option for a run's limit ({@code --limit} when not given)
 * @param columns the scores shown in the page's table, in order: path to column heading
 * @param runs    the measured configurations, in table order
 */
public record Regression(String name, String data, String command, String limitOption, Map<String, String> columns,
                         List<Run> runs) {

    public Regression {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, name + ": command");
        limitOption = limitOption == null ? "--limit" : limitOption;
        columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    /** The run of that name (the tests name the runs they measure). */
    public Run run(String runName) {
        return runs.stream().filter(r -> runName.equals(r.name())).findFirst().orElseThrow(
                () -> new IllegalArgumentException("bench/regressions/" + name + ".yaml has no run named " + runName));
    }

    /** The run's full command: the regression's command, the run's options and its limit. */
    public String commandOf(Run run) {
        String options = optionsOf(run);
        return options.isEmpty() ? command : command + " " + options;
    }

    /** What the run adds to the command: its options and its limit ("--ceiling --limit 20"), or "". */
    public String optionsOf(Run run) {
        List<String> options = new ArrayList<>();
        if (run.options() != null) {
            options.add(run.options());
        }
        if (run.limit() != null) {
            options.add(limitOption + " " + run.limit());
        }
        return String.join(" ", options);
    }
}
