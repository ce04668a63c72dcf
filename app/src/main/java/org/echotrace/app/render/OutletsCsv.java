package org.echotrace.app.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.echotrace.domain.OutletEdge;
import org.echotrace.domain.Report;

/** {@code outlets.csv}: one row per outlet edge, cells made safe for spreadsheets as in {@code reuse.csv}. */
final class OutletsCsv {

    static final List<String> HEADER = List.of("from", "to", "directed", "stories", "articles", "pairs", "passages",
            "words", "credited_share", "median_delay_hours", "p90_delay_hours");

    private OutletsCsv() {
    }

    static void write(Report report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ReuseCsv.row(out, HEADER);
            for (OutletEdge e : report.outlets().edges()) {
                ReuseCsv.row(out, List.of(e.from(), e.to(), String.valueOf(e.directed()), String.valueOf(e.stories()),
                        String.valueOf(e.articles()), String.valueOf(e.pairs()), String.valueOf(e.passages()),
                        String.valueOf(e.words()), number(e.creditedShare()), number(e.medianDelayHours()),
                        number(e.p90DelayHours())));
            }
        }
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
