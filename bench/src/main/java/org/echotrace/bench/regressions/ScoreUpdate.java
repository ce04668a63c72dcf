package org.echotrace.bench.regressions;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes measured scores into a regression's YAML text in place: each expected score of one run becomes the
 * measured one, rounded to as many decimals as it had; comments, order and everything else stay. This is how
 * a merge that moved scores brings the YAML up to date ({@code -Dregressions.update=true}).
 */
public final class ScoreUpdate {

    private static final Pattern RUN = Pattern.compile("^\\s*- name:\\s*(.*?)\\s*$");
    private static final Pattern SECTION = Pattern.compile("^(\\s*)scores:\\s*$");
    private static final Pattern SCORE = Pattern.compile("^(\\s+)([^\\s:#]+):(\\s*)(\\S+)(.*)$");

    private ScoreUpdate() {
    }

    /** The YAML text with the scores of run {@code runName} replaced by those of {@code measuredJson}. */
    public static String rewrite(String yaml, String runName, String measuredJson) {
        JsonNode measured = ScorePaths.parse(measuredJson);
        List<String> out = new ArrayList<>();
        boolean inRun = false;
        int scoresIndent = -1;
        for (String line : yaml.split("\n", -1)) {
            Matcher run = RUN.matcher(line);
            Matcher section = SECTION.matcher(line);
            if (run.matches()) {
                inRun = unquote(run.group(1)).equals(runName);
                scoresIndent = -1;
            } else if (inRun && section.matches()) {
                scoresIndent = section.group(1).length();
            } else if (scoresIndent >= 0 && indent(line) <= scoresIndent && !line.isBlank()) {
                scoresIndent = -1;
            } else if (scoresIndent >= 0) {
                line = withMeasured(line, measured);
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static String withMeasured(String line, JsonNode measured) {
        Matcher score = SCORE.matcher(line);
        if (!score.matches()) {
            return line;
        }
        JsonNode value = ScorePaths.at(measured, score.group(2));
        if (value == null || !value.isNumber()) {
            return line;
        }
        String written = unquote(score.group(4));
        int decimals = written.contains(".") ? written.length() - written.indexOf('.') - 1 : 0;
        String now = value.decimalValue().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return score.group(1) + score.group(2) + ":" + score.group(3) + now + score.group(5);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String unquote(String text) {
        return text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))
                ? text.substring(1, text.length() - 1) : text;
    }
}
