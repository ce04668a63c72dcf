package org.echotrace.app.web;

import java.time.LocalDate;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageAnalyzer;

/**
 * A language "analyzer" that hands back what the store kept for each article when it was ingested, so a
 * story's report gets its entities, attributions, timeline and labels without parsing anything again.
 * Articles ingested without NLP get an empty language.
 */
final class StoredLanguage implements LanguageAnalyzer {

    private final Map<String, DocumentLanguage> byDocument;

    StoredLanguage(Map<String, DocumentLanguage> byDocument) {
        this.byDocument = Map.copyOf(byDocument);
    }

    @Override
    public DocumentLanguage analyze(Document document, LocalDate referenceDate) {
        return byDocument.getOrDefault(document.id(), DocumentLanguage.empty(document.id()));
    }
}
