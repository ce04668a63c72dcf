package org.echotrace.app.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.echotrace.domain.Claim;
import org.echotrace.domain.ClaimSource;
import org.echotrace.domain.Report;
import org.echotrace.domain.Statement;

/**
 * {@code claims.csv}: one row per statement of each claim (RFC 4180, formula-safe cells as in
 * {@link ReuseCsv}), with the claim's sources, provenance and conflicts repeated on each of its rows.
 */
final class ClaimsCsv {

    static final List<String> HEADER = List.of("claim", "story", "document", "start", "end", "attribution",
            "first_document", "unattributed", "sources", "conflicts", "text");

    private ClaimsCsv() {
    }

    static void write(Report report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ReuseCsv.row(out, HEADER);
            for (Claim c : report.claims()) {
                String sources = c.sources().stream().map(ClaimsCsv::source).collect(Collectors.joining("; "));
                String conflicts = c.conflicts().stream().map(x -> x.kind().label() + ": " + x.note())
                        .collect(Collectors.joining("; "));
                for (Statement s : c.statements()) {
                    ReuseCsv.row(out, List.of(c.id(), c.story(), s.document(), String.valueOf(s.start()),
                            String.valueOf(s.end()), s.attribution() == null ? "" : String.valueOf(s.attribution()),
                            c.firstDocument() == null ? "" : c.firstDocument(), String.valueOf(c.unattributed()),
                            sources, conflicts, s.text()));
                }
            }
        }
    }

    private static String source(ClaimSource s) {
        return s.text() + " (" + s.kind().label() + (s.via() == null ? "" : ", through " + s.via()) + ")";
    }
}
