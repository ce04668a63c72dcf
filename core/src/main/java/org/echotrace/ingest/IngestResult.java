package org.echotrace.ingest;

import java.util.List;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;

/**
 * The documents read, in input order; one problem per item that was skipped; and notes on items read in
 * an unusual way that lost nothing (a legacy encoding, a renamed duplicate id, an ignored field).
 */
public record IngestResult(List<Document> documents, List<Diagnostic> problems, List<Diagnostic> notes) {
    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public IngestResult(List<Document> documents, List<Diagnostic> problems) {
        this(documents, problems, List.of());
    }
}
