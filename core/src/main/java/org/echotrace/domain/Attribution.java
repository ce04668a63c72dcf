package org.echotrace.domain;

import java.util.Objects;

/**
 * Someone is said to have said something: "<source> <cue> <content>".
 *
 * @param document id of the document it stands in
 * @param source   who said it; null when the text gives no source
 * @param cue      the words that mark the saying ("said", "told", "according to")
 * @param content  what was said
 * @param direct   true for a quotation, false for reported speech
 * @param via      the outlet the source spoke through ("a source told the agency"), or null
 */
public record Attribution(String document, AttributionSource source, TextSpan cue, TextSpan content,
                          boolean direct, String via) {
    public Attribution {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
    }
}
