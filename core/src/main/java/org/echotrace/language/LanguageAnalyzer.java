package org.echotrace.language;

import java.time.LocalDate;
import org.echotrace.domain.Document;

/**
 * Reads one document's language: names, descriptions, attributions, dates and labels. The nlp module
 * implements it on CoreNLP; core only sees this interface. Implementations must be safe to call from
 * several threads at once.
 */
public interface LanguageAnalyzer {

    /**
     * @param referenceDate the date relative expressions ("last week") resolve against, or null when
     *                      there is none (they are then left unanchored)
     */
    DocumentLanguage analyze(Document document, LocalDate referenceDate);
}
