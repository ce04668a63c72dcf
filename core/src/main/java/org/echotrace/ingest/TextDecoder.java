package org.echotrace.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes input bytes as strict UTF-8. Legacy files in windows-1252 are accepted with a note when nothing
 * in them is UTF-8; a mix of both is refused, because any choice would garble part of the text.
 */
final class TextDecoder {
    static final String WINDOWS_1252_NOTE = "not valid UTF-8, read as windows-1252";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Western text in windows-1252 has a few accented letters and typographic quotes, not mostly high bytes. */
    private static final double MAX_HIGH_BYTE_SHARE = 0.3;

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes) throws InputProblem {
        DecodedText decoded = decodeAsIs(bytes);
        // a stray NUL deep in a page (BinaryDetector lets it through) would end the text for many a tool
        return decoded.text().indexOf('\0') < 0 ? decoded
                : new DecodedText(decoded.text().replace('\0', '\uFFFD'), decoded.note());
    }

    private static DecodedText decodeAsIs(byte[] bytes) throws InputProblem {
        if (startsWith(bytes, 0xfe, 0xff) || startsWith(bytes, 0xff, 0xfe)) {
            return new DecodedText(strictDecode(bytes, StandardCharsets.UTF_16, "not valid UTF-16"), null);
        }
        Optional<Charset> wide = Utf16Sniffer.charsetOf(bytes);
        if (wide.isPresent()) {
            try {
                String text = decodeStrictly(bytes, wide.get());
                if (Utf16Sniffer.looksLikeText(text)) {
                    return new DecodedText(text, "no byte-order mark, read as " + wide.get().name());
                }
            } catch (CharacterCodingException notUtf16) {
                // falls through: the zeros were something else
            }
        }
        var binary = BinaryDetector.whyBinary(bytes);
        if (binary.isPresent()) {
            throw new InputProblem(binary.get());
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.firstInvalidOffset() < 0) {
            return new DecodedText(strictDecode(bytes, StandardCharsets.UTF_8, "not valid UTF-8"), null);
        }
        Optional<Charset> declared = DeclaredCharset.of(bytes).filter(c -> !c.equals(StandardCharsets.UTF_8));
        if (declared.isPresent()) {
            return declaredDecode(bytes, declared.get());
        }
        if (scan.validMultiByteSequences() > 0) {
            // a page pasted together from UTF-8 and older parts, as browsers show it: the odd bytes replaced
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "mixed encodings: read as UTF-8, the invalid bytes (first at byte "
                    + scan.firstInvalidOffset() + ") replaced by U+FFFD");
        }
        if (highByteShare(bytes) <= MAX_HIGH_BYTE_SHARE) {
            try {
                return new DecodedText(decodeStrictly(bytes, WINDOWS_1252), WINDOWS_1252_NOTE);
            } catch (CharacterCodingException notWindows1252) {
                // falls through to the refusal below
            }
        }
        throw new InputProblem("not valid UTF-8 (first bad byte at offset " + scan.firstInvalidOffset()
                + ") and not plausible windows-1252 text");
    }

    /** Bytes that are not UTF-8, read in the encoding the page declares; bytes that encoding lacks replaced. */
    private static DecodedText declaredDecode(byte[] bytes, Charset declared) {
        String note = "not valid UTF-8, read as " + declared.name() + " as the page declares";
        try {
            return new DecodedText(decodeStrictly(bytes, declared), note);
        } catch (CharacterCodingException notAll) {
            return new DecodedText(new String(bytes, declared), note + ", the bytes it does not map replaced by U+FFFD");
        }
    }

    private static String strictDecode(byte[] bytes, Charset charset, String failure) throws InputProblem {
        try {
            return decodeStrictly(bytes, charset);
        } catch (CharacterCodingException e) {
            throw new InputProblem(failure);
        }
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static double highByteShare(byte[] bytes) {
        int high = 0;
        for (byte b : bytes) {
            if ((b & 0x80) != 0) {
                high++;
            }
        }
        return bytes.length == 0 ? 0 : (double) high / bytes.length;
    }

    private static boolean startsWith(byte[] bytes, int first, int second) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == first && (bytes[1] & 0xff) == second;
    }
}
