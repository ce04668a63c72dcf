package org.echotrace.app.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;

/**
 * {@code reuse.csv}: one row per shared passage (RFC 4180). Cells that a spreadsheet would run as a formula
 * (starting with = + - @) are prefixed with an apostrophe: the text comes from untrusted articles.
 */
final class ReuseCsv {

    static final List<String> HEADER = List.of("a", "b", "kind", "direction", "passage", "a_start", "a_end",
            "b_start", "b_end", "words", "identity", "a_text", "b_text");

    private ReuseCsv() {
    }

    static void write(Report report, Path file) throws IOException {
        Map<String, Document> byId = report.documents().stream()
                .collect(Collectors.toMap(Document::id, Function.identity(), (x, y) -> x));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(out, HEADER);
            for (ReusePair pair : report.reuse()) {
                String textA = byId.get(pair.a()).text();
                String textB = byId.get(pair.b()).text();
                for (int i = 0; i < pair.passages().size(); i++) {
                    Passage p = pair.passages().get(i);
                    row(out, List.of(pair.a(), pair.b(), pair.kind().label(), pair.direction().label(),
                            String.valueOf(i + 1), String.valueOf(p.a().start()), String.valueOf(p.a().end()),
                            String.valueOf(p.b().start()), String.valueOf(p.b().end()), String.valueOf(p.words()),
                            String.format(Locale.ROOT, "%.3f", p.identity()), p.a().of(textA), p.b().of(textB)));
                }
            }
        }
    }

    static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }
}
