package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.echotrace.Progress;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.domain.Removal;

/** Shared helpers for ingest tests. */
final class IngestFixtures {
    static final Path RESOURCES = Path.of("src/test/resources/ingest");
    static final Path EXAMPLE = Path.of("../examples/mko-relocation-2023");

    private IngestFixtures() {
    }

    static Ingester ingester() {
        return new Ingester(IngestOptions.defaults());
    }

    static IngestResult read(Path... paths) {
        List<String> inputs = java.util.Arrays.stream(paths).map(Path::toString).toList();
        return ingester().read(inputs, new ByteArrayInputStream(new byte[0]), Progress.NONE);
    }

    static Document only(IngestResult result) {
        if (result.documents().size() != 1) {
            fail("expected one document, got " + result.documents().size() + "; problems: " + result.problems());
        }
        return result.documents().get(0);
    }

    static Document byId(IngestResult result, String id) {
        return result.documents().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id + " in " + ids(result)));
    }

    static List<String> ids(IngestResult result) {
        return result.documents().stream().map(Document::id).toList();
    }

    static List<String> reasonsRemoved(Document document) {
        return document.removed().stream().map(Removal::reason).toList();
    }

    static List<String> textsRemoved(Document document) {
        return document.removed().stream().map(Removal::text).toList();
    }

    /** The single diagnostic of a result. */
    static Diagnostic onlyProblem(IngestResult result) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        return result.problems().get(0);
    }

    /** The single note of a result (something unusual that skipped nothing). */
    static Diagnostic onlyNote(IngestResult result) {
        assertEquals(1, result.notes().size(), () -> "notes: " + result.notes());
        return result.notes().get(0);
    }

    static String problems(IngestResult result) {
        return result.problems().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
