package org.echotrace.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.domain.Statement;

/**
 * The figures of a statement as intervals: "more than 17,000" is above 17,000, "some 12,000" is 12,000 give
 * or take a tenth, "dozens" is 24 to 99, "500-2,000" is a range. Four-digit numbers from 1800 to 2100
 * without a thousands comma are years, which dates handle. General English qualifiers only.
 */
final class QuantityReader {

    /** "some", "about": the figure is rounded; a tenth either way is what such rounding usually hides. */
    private static final double ROUNDING = 0.1;

    private static final Map<String, double[]> COUNT_WORDS = Map.ofEntries(
            Map.entry("a couple of", new double[] {2, 3}), Map.entry("a few", new double[] {2, 5}),
            Map.entry("several", new double[] {3, 9}), Map.entry("dozens of", new double[] {24, 99}),
            Map.entry("dozens", new double[] {24, 99}), Map.entry("scores of", new double[] {40, 199}),
            Map.entry("hundreds of", new double[] {200, 999}), Map.entry("thousands of", new double[] {2000, 9999}),
            Map.entry("tens of thousands of", new double[] {20000, 99999}),
            Map.entry("millions of", new double[] {2e6, 9.99e6}));

    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("twenty", 20.0), Map.entry("a dozen", 12.0), Map.entry("a hundred", 100.0),
            Map.entry("a thousand", 1000.0));

    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9);

    private static final String QUALIFIER = "more than|over|above|upwards of|in excess of|at least|no fewer than"
            + "|nearly|almost|close to|just under|under|less than|fewer than|up to|as many as|no more than|at most"
            + "|about|around|some|roughly|approximately|an estimated|estimated";
    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|"
            + String.join("|", NUMBER_WORDS.keySet());
    private static final Pattern FIGURE = Pattern.compile(
            "(?i)\\b(?:(?<qualifier>" + QUALIFIER + ")\\s+(?:the\\s+)?)?"
                    + "(?:(?<count>" + String.join("|", COUNT_WORDS.keySet()) + ")"
                    + "|(?:between\\s+)?(?<n>" + NUMBER + ")(?:\\s+(?<scale>hundred|thousand|million|billion))?"
                    + "(?:\\s*(?:-|–|to|and)\\s*(?<m>" + NUMBER + "))?)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /** "out of (the) N": N is the total the figure is a part of, not a figure of the claim. */
    private static final Pattern TOTAL = Pattern.compile("(?i)\\bout\\s+of(?:\\s+the)?\\s+$");

    private QuantityReader() {
    }

    static List<Quantity> read(Statement statement) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(statement.text());
        while (m.find()) {
            double[] interval = interval(m);
            boolean total = TOTAL.matcher(statement.text().substring(Math.max(0, m.start() - 12), m.start())).find();
            if (interval != null && !total) {
                Set<String> counted = counted(statement.text(), m.end());
                if (!counted.isEmpty()) {
                    found.add(new Quantity(m.group().trim(), statement.start() + m.start(),
                            Double.isInfinite(interval[0]) ? null : interval[0],
                            Double.isInfinite(interval[1]) ? null : interval[1], counted));
                }
            }
        }
        return found;
    }

    /** [low, high] as written, with infinities for open ends; null for years. */
    private static double[] interval(Matcher m) {
        String qualifier = m.group("qualifier") == null ? "" : m.group("qualifier").toLowerCase(Locale.ROOT);
        if (m.group("count") != null) {
            double[] range = COUNT_WORDS.get(m.group("count").toLowerCase(Locale.ROOT));
            return qualify(qualifier, range[0], range[1]);
        }
        double scale = m.group("scale") == null ? 1 : SCALES.get(m.group("scale").toLowerCase(Locale.ROOT));
        double n = number(m.group("n")) * scale;
        if (isYear(m.group("n")) || m.group("m") != null && isYear(m.group("m"))) {
            return null;
        }
        double high = m.group("m") == null ? n : number(m.group("m")) * scale;
        return qualify(qualifier, n, high);
    }

    private static double[] qualify(String qualifier, double low, double high) {
        return switch (qualifier) {
            case "more than", "over", "above", "upwards of", "in excess of", "at least", "no fewer than" ->
                    new double[] {low, Double.POSITIVE_INFINITY};
            case "nearly", "almost", "close to", "just under" -> new double[] {low * (1 - ROUNDING), high};
            case "under", "less than", "fewer than", "up to", "as many as", "no more than", "at most" ->
                    new double[] {0, high};
            case "about", "around", "some", "roughly", "approximately", "an estimated", "estimated" ->
                    new double[] {low * (1 - ROUNDING), high * (1 + ROUNDING)};
            default -> new double[] {low, high};
        };
    }

    private static double number(String written) {
        Double word = NUMBER_WORDS.get(written.toLowerCase(Locale.ROOT));
        return word != null ? word : Double.parseDouble(written.replace(",", ""));
    }

    private static boolean isYear(String written) {
        return written.matches("\\d{4}") && Integer.parseInt(written) >= 1800 && Integer.parseInt(written) <= 2100;
    }

    /**
     * The content words among the three words right after the figure, up to a comma or other mark: what it
     * counts. When all are function words, "others" ("dozens of others") stands for the thing.
     */
    private static Set<String> counted(String text, int from) {
        Set<String> words = new LinkedHashSet<>();
        String fallback = null;
        Matcher w = WORD.matcher(text);
        int at = from;
        for (int n = 0; n < 3 && w.find(at) && text.substring(at, w.start()).isBlank(); n++) {
            String word = w.group().toLowerCase(Locale.ROOT);
            words.addAll(StatementSimilarity.contentWords(word));
            if (fallback == null && word.startsWith("other")) {
                fallback = word;
            }
            at = w.end();
        }
        if (words.isEmpty() && fallback != null) {
            words.add(fallback);
        }
        return words;
    }
}
