package org.echotrace.domain;

import java.util.Objects;

/**
 * The outlet a document is counted under: its outlet field, else its site's name, else the registered
 * domain of its address (www. and mobile hosts folded), else {@code unknown: <document id>} (documents
 * without any clue are not lumped into one outlet).
 *
 * @param inferred the document did not name its outlet: it was guessed from its text or address, or is unknown
 */
public record DocumentOutlet(String document, String outlet, boolean inferred) {
    public DocumentOutlet {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(outlet, "outlet");
    }
}
