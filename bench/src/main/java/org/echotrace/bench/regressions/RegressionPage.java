package org.echotrace.bench.regressions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The generated tables of docs/evaluation.md: each sits between two comment lines naming its regression,
 * and only what lies between them is rewritten; the page's other text is its authors'.
 */
public final class RegressionPage {

    /** Where the page is, from the project root. */
    public static final String PATH = "docs/evaluation.md";

    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- regression (\\S+): [^\\n]*-->\\n)(.*?)(<!-- end of regression \\2 -->)", Pattern.DOTALL);

    private RegressionPage() {
    }

    /** The two marker lines, with what {@code render} gives between them. */
    public static String block(Regression regression) {
        return "<!-- regression " + regression.name() + ": generated from bench/regressions/" + regression.name()
                + ".yaml; edit that file, then regenerate (bench/regressions/README.md) -->\n"
                + RegressionTable.render(regression) + "<!-- end of regression " + regression.name() + " -->";
    }

    /** The page with every generated table made anew from its regression; tables of no regression are left. */
    public static String regenerate(String page, List<Regression> regressions) {
        Map<String, Regression> byName = byName(regressions);
        Matcher block = BLOCK.matcher(page);
        StringBuilder out = new StringBuilder();
        while (block.find()) {
            Regression regression = byName.get(block.group(2));
            block.appendReplacement(out, Matcher.quoteReplacement(regression == null ? block.group() : block(regression)));
        }
        return block.appendTail(out).toString();
    }

    /**
     * Where the page and the regressions disagree, one line each: a table that differs from its YAML, a
     * regression with no table, a table with no regression. Empty when they agree.
     */
    public static List<String> differences(String page, List<Regression> regressions) {
        Map<String, Regression> byName = byName(regressions);
        List<String> differences = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher block = BLOCK.matcher(page);
        while (block.find()) {
            String name = block.group(2);
            Regression regression = byName.get(name);
            if (!seen.add(name)) {
                differences.add(PATH + " has two tables of regression " + name);
            } else if (regression == null) {
                differences.add(PATH + " has a table of regression " + name + ", but bench/regressions has no " + name + ".yaml");
            } else if (!block.group().equals(block(regression))) {
                differences.add(PATH + "'s table of " + name + " is not what bench/regressions/" + name + ".yaml gives");
            }
        }
        byName.keySet().stream().filter(name -> !seen.contains(name)).forEach(name -> differences.add(PATH
                + " has no table of regression " + name + ": put its two marker lines (RegressionPage.block) where it goes"));
        return differences;
    }

    private static Map<String, Regression> byName(List<Regression> regressions) {
        return regressions.stream().collect(Collectors.toMap(Regression::name, Function.identity()));
    }
}
