package org.echotrace.ingest;

import java.util.Optional;

/**
 * Recognises content that is not text at all (images, archives, office files): a NUL byte among the first
 * kilobyte, or many control characters (NULs included) that no text file contains.
 */
final class BinaryDetector {
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int BINARY_HEADER_BYTES = 1024;

    private BinaryDetector() {
    }

    /** Why the bytes look binary, or empty when they look like text. */
    static Optional<String> whyBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            // binary formats hold NULs in their first bytes; a stray one deep in a page is damage, not a format
            if (b == 0 && i < BINARY_HEADER_BYTES) {
                return Optional.of("binary content (NUL byte at offset " + i + "), not text");
            }
            if (b == 0 || isStrayControl(b)) {
                controls++;
            }
        }
        if (sample > 0 && controls > sample * MAX_CONTROL_SHARE) {
            return Optional.of("binary content (" + (100 * controls / sample) + "% control characters), not text");
        }
        return Optional.empty();
    }

    /** Control bytes other than tab, newline, carriage return, form feed and escape. */
    private static boolean isStrayControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f;
    }
}
