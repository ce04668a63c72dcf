package org.echotrace.ingest;

import java.util.Optional;
import org.echotrace.domain.Document;

/** Takes the documents an {@link Ingester} reads, one at a time, as soon as each is read. */
@FunctionalInterface
public interface DocumentSink {

    /**
     * @return empty when taken; otherwise why no more can be taken (e.g. a memory limit): reading stops,
     *         and that reason is reported for the document refused and every input not read
     */
    Optional<String> offer(Document document);
}
