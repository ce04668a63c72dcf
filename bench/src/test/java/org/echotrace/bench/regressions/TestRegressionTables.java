package org.echotrace.bench.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/evaluation.md's score tables are what bench/regressions/*.yaml give. With
 * {@code -Dregressions.write=true} the page's tables are written anew instead (bench/regressions/README.md).
 */
class TestRegressionTables {

    private static final Path PAGE = Regressions.projectRoot().resolve(RegressionPage.PATH);

    @Test
    void thePageShowsWhatTheRegressionsHold() throws Exception {
        List<Regression> regressions = Regressions.all();
        String page = Files.readString(PAGE);
        if (Boolean.getBoolean("regressions.write")) {
            Files.writeString(PAGE, RegressionPage.regenerate(page, regressions));
            page = Files.readString(PAGE);
        }
        List<String> differences = RegressionPage.differences(page, regressions);
        assertTrue(differences.isEmpty(), String.join("\n", differences) + "\nregenerate the tables:"
                + " mvn -B -o -q -pl bench -am test -Dtest=TestRegressionTables -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dregressions.write=true");
    }

    @Test
    void everyCheckedRunNamesATestOfTestEvaluation() throws Exception {
        Set<String> tests = Arrays.stream(Class.forName("org.echotrace.bench.eval.TestEvaluation").getDeclaredMethods())
                .map(Method::getName).collect(Collectors.toSet());
        List<String> unknown = Regressions.all().stream()
                .flatMap(r -> r.runs().stream().filter(run -> run.test() != null && !tests.contains(run.test()))
                        .map(run -> r.name() + ".yaml, " + run.name() + ": test " + run.test()))
                .toList();
        assertEquals(List.of(), unknown);
    }
}
