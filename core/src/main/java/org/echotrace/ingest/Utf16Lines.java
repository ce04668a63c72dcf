package org.echotrace.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A line-based file (JSON Lines) in UTF-16 as a UTF-8 stream: its lines cannot be split on the byte
 * {@code \n}, which in UTF-16 is half of a character. Told by a byte-order mark or, without one, by where
 * the zero bytes fall ({@link Utf16Sniffer}); transcoded as it is read, so the file stays a stream.
 */
final class Utf16Lines {
    private static final int SAMPLE_BYTES = 4096;

    /** The stream to read lines from, and the note to give when it was transcoded (else null). */
    record Opened(InputStream utf8, String note) {
    }

    private Utf16Lines() {
    }

    static Opened open(InputStream content) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content, SAMPLE_BYTES);
        in.mark(SAMPLE_BYTES);
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        in.reset();
        boolean bom = sample.length >= 2 && ((sample[0] & 0xff) == 0xfe && (sample[1] & 0xff) == 0xff
                || (sample[0] & 0xff) == 0xff && (sample[1] & 0xff) == 0xfe);
        Optional<Charset> wide = bom ? Optional.of(StandardCharsets.UTF_16) : Utf16Sniffer.charsetOf(sample);
        if (wide.isEmpty()) {
            return new Opened(in, null);
        }
        String note = bom ? null : "no byte-order mark, read as " + wide.get().name();
        return new Opened(new Utf8Transcoder(new InputStreamReader(in, wide.get())), note);
    }

    /** Characters from a reader as UTF-8 bytes, a buffer at a time. */
    private static final class Utf8Transcoder extends InputStream {
        private final Reader reader;
        private final char[] chars = new char[8192];
        private byte[] bytes = new byte[0];
        private int next;
        /** A high surrogate read at the end of one buffer, waiting for its low half. */
        private char pendingHigh;

        Utf8Transcoder(Reader reader) {
            this.reader = reader;
        }

        @Override
        public int read() throws IOException {
            return fill() ? bytes[next++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, bytes.length - next);
            System.arraycopy(bytes, next, target, offset, n);
            next += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (next >= bytes.length) {
                int start = pendingHigh != 0 ? 1 : 0;
                if (start == 1) {
                    chars[0] = pendingHigh;
                    pendingHigh = 0;
                }
                int read = reader.read(chars, start, chars.length - start);
                if (read < 0) {
                    if (start == 0) {
                        return false;
                    }
                    read = 0;
                }
                int end = start + read;
                if (read > 0 && Character.isHighSurrogate(chars[end - 1])) {
                    pendingHigh = chars[--end];
                }
                bytes = new String(Arrays.copyOf(chars, end)).getBytes(StandardCharsets.UTF_8);
                next = 0;
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
