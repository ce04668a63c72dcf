package org.echotrace.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into lines at {@code '\n'} (a {@code "\r\n"} ending loses its {@code '\r'}), each held
 * only up to a limit: a longer line is passed over without being kept, so one huge line costs no memory.
 */
final class LineReader {
    private static final int BUFFER_BYTES = 64 * 1024;

    /** One line: its number from 1, and its bytes, or null when it was longer than the limit. */
    record Line(int number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int end;
    private int number;

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position >= end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            if (!tooLong && line.size() + (long) (stop - position) > maxLineBytes) {
                tooLong = true;
                line = null;
            }
            if (!tooLong) {
                line.write(buffer, position, stop - position);
            }
            position = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        return new Line(number, tooLong ? null : withoutCarriageReturn(line.toByteArray()));
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        position = 0;
        end = Math.max(read, 0);
        return read > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] withoutCarriageReturn(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }
}
