package org.echotrace.ingest;

/** Decodes a whole input as text, refusing empty input and noting a legacy encoding. */
final class InputText {

    private InputText() {
    }

    static String decode(LoadedInput input, ProblemLog log) throws InputProblem {
        if (input.bytes().length == 0) {
            throw new InputProblem("empty file");
        }
        DecodedText decoded = TextDecoder.decode(input.bytes());
        if (decoded.text().isBlank()) {
            throw new InputProblem("only whitespace, no text");
        }
        if (decoded.note() != null) {
            log.note(null, decoded.note());
        }
        return decoded.text();
    }
}
