package org.echotrace.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 text without a byte-order mark by its NUL bytes: Latin-script text in UTF-16 has a
 * zero high byte in most characters, so the zeros fall on every other byte, all on one side (odd offsets
 * for little-endian, even for big-endian). Binary files have zeros on both sides.
 */
final class Utf16Sniffer {
    private static final int SAMPLE_BYTES = 4096;
    /** Too few characters to tell text from binary by zeros. */
    private static final int MIN_PAIRS = 8;
    /** Share of characters with a zero high byte: most, in any Latin-script text. */
    private static final double MIN_ZERO_SHARE = 0.3;
    /** Zeros on the other side: almost none, in text. */
    private static final double MAX_OTHER_SIDE_SHARE = 0.02;

    private Utf16Sniffer() {
    }

    static Optional<Charset> charsetOf(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE_BYTES) / 2;
        if (pairs < MIN_PAIRS) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros >= pairs * MIN_ZERO_SHARE && evenZeros <= pairs * MAX_OTHER_SIDE_SHARE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros >= pairs * MIN_ZERO_SHARE && oddZeros <= pairs * MAX_OTHER_SIDE_SHARE) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Text decoded on that guess holds no NUL and hardly any control characters; binary data does. */
    static boolean looksLikeText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            controls += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' ? 1 : 0;
        }
        return controls <= text.length() * MAX_OTHER_SIDE_SHARE;
    }
}
