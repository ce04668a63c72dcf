package org.echotrace.ingest;

import java.util.List;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;

/** The documents read, in input order, and one diagnostic per item that could not be read as given. */
public record IngestResult(List<Document> documents, List<Diagnostic> problems) {
    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
