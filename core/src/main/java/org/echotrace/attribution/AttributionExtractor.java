package org.echotrace.attribution;

import java.util.List;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;

/**
 * Finds who is said to have said what in one document. Implementations live outside core (the nlp
 * module's CoreNLP-backed one); core and the evaluations depend only on this interface.
 */
@FunctionalInterface
public interface AttributionExtractor {

    /** Attributions in the document, offsets into its cleaned text, in text order. */
    List<Attribution> extract(Document document);
}
