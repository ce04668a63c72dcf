package org.echotrace.app.web.api;

import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.language.DocumentLanguage;

/**
 * {@code GET /api/documents/{id}}: the stored article, the story it is in and the articles it shares passages with.
 *
 * @param language what the language layer found, null when it was stored without NLP
 */
public record DocumentResponse(Document document, long sequence, String story, List<ReusePair> reuse,
                               DocumentLanguage language) {
}
