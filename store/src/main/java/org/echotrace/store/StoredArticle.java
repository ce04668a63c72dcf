package org.echotrace.store;

import java.util.Objects;
import org.echotrace.domain.Document;
import org.echotrace.language.DocumentLanguage;

/**
 * An article as the store keeps it.
 *
 * @param language what the language layer found, or null when it was ingested without NLP
 * @param sequence order of arrival in the store, 1 for the first article
 */
public record StoredArticle(Document document, DocumentLanguage language, long sequence) {
    public StoredArticle {
        Objects.requireNonNull(document, "document");
    }
}
