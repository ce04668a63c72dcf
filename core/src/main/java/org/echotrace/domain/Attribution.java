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
 * @param act      whether the source said it or holds it as a belief, wish or decision; attributions read
 *                 before acts were told apart (stores made by earlier versions) count as speech
 */
public record Attribution(String document, AttributionSource source, TextSpan cue, TextSpan content,
                          boolean direct, String via, SpeechAct act) {
    public Attribution {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        act = act == null ? SpeechAct.SPEECH : act;
    }

    /** The same attribution spoken through another outlet. */
    public Attribution withVia(String outlet) {
        return new Attribution(document, source, cue, content, direct, outlet, act);
    }

    /** The same attribution with its source re-read (an entity linked, a kind refined). */
    public Attribution withSource(AttributionSource newSource) {
        return new Attribution(document, newSource, cue, content, direct, via, act);
    }

    public boolean isSpeech() {
        return act == SpeechAct.SPEECH;
    }
}
