package org.echotrace.app.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.Label;
import org.echotrace.domain.Report;

/**
 * {@code labels.csv}: one row per descriptor a document uses for an entity (RFC 4180, formula-safe cells as in
 * {@link ReuseCsv}), with its story, outlet, kind, evaluative evidence and voice; the contrast sentence of the
 * story and entity is repeated on each row, so a spreadsheet filter by entity shows it.
 */
final class LabelsCsv {

    static final List<String> HEADER = List.of("story", "entity", "entity_name", "outlet", "document", "start", "end",
            "descriptor", "term", "family", "kind", "evaluative", "evidence", "voice", "quoted_from", "contrast");

    private LabelsCsv() {
    }

    static void write(Report report, Path file) throws IOException {
        Map<String, String> storyOf = new HashMap<>();
        report.stories().forEach(s -> s.documents().forEach(d -> storyOf.put(d, s.id())));
        Map<String, String> outletOf = new HashMap<>();
        report.documents().forEach(d -> outletOf.put(d.id(), outlet(d)));
        Map<String, String> names = new HashMap<>();
        report.entities().forEach(e -> names.put(e.id(), e.name()));
        Map<String, String> contrasts = new HashMap<>();
        report.outletLabels().forEach(t -> contrasts.put(t.story() + "\t" + t.entity(), t.contrast()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ReuseCsv.row(out, HEADER);
            for (Label l : report.labels()) {
                String story = storyOf.get(l.document());
                ReuseCsv.row(out, List.of(orEmpty(story), l.entity(), orEmpty(names.get(l.entity())),
                        orEmpty(outletOf.get(l.document())), l.document(), String.valueOf(l.start()),
                        String.valueOf(l.end()), l.label(), l.term(), l.family(), l.kind().label(),
                        String.valueOf(l.evaluative()), orEmpty(l.evidence()), l.voice().label(), orEmpty(l.quotedFrom()),
                        orEmpty(contrasts.get(story + "\t" + l.entity()))));
            }
        }
    }

    private static String outlet(Document d) {
        return d.outlet() != null ? d.outlet() : d.id();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
