package org.echotrace.ingest;

/**
 * Walks bytes as UTF-8 and counts well-formed multi-byte sequences and the first malformed byte: telling
 * a legacy single-byte file (no valid sequences) from a file that mixes encodings.
 *
 * @param firstInvalidOffset offset of the first byte that is not well-formed UTF-8, or -1
 */
record Utf8Scan(int validMultiByteSequences, int firstInvalidOffset) {

    static Utf8Scan of(byte[] bytes) {
        int valid = 0;
        int firstInvalid = -1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int length = sequenceLength(b);
            if (length == 1) {
                i++;
            } else if (length > 1 && isWellFormed(bytes, i, length)) {
                valid++;
                i += length;
            } else {
                if (firstInvalid < 0) {
                    firstInvalid = i;
                }
                i++;
            }
        }
        return new Utf8Scan(valid, firstInvalid);
    }

    /** Length announced by a lead byte; 0 for a byte that cannot start a sequence. */
    private static int sequenceLength(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xc2 && lead <= 0xdf) {
            return 2;
        }
        if (lead >= 0xe0 && lead <= 0xef) {
            return 3;
        }
        if (lead >= 0xf0 && lead <= 0xf4) {
            return 4;
        }
        return 0;
    }

    private static boolean isWellFormed(byte[] bytes, int start, int length) {
        if (start + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[start + k] & 0xc0) != 0x80) {
                return false;
            }
        }
        int lead = bytes[start] & 0xff;
        int second = bytes[start + 1] & 0xff;
        // overlong forms and surrogates, as the JDK's strict decoder rejects them
        return !(lead == 0xe0 && second < 0xa0) && !(lead == 0xed && second > 0x9f)
                && !(lead == 0xf0 && second < 0x90) && !(lead == 0xf4 && second > 0x8f);
    }
}
