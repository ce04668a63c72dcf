package org.echotrace.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Walks the records of a WARC and, after a broken one, finds the next: a reader that failed cannot be
 * trusted (it may return the same broken data again and again), so a new one starts at the next place a
 * record can begin: the next gzip member of a {@code .warc.gz}, the next {@code "WARC/1."} of a plain
 * WARC. Each search starts after the last one, so it always ends. Input that can be read only once
 * (standard input, a WARC inside a {@code .gz}) cannot be searched: its records after a broken one are lost.
 */
final class WarcCursor implements Closeable {
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_VERSION = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_BUFFER = 64 * 1024;

    private final OpenedInput input;
    private WarcReader reader;
    private WarcCompression compression = WarcCompression.NONE;
    /** Where the current reader's first byte sits in the input. */
    private long base;
    /** Where the record last started (or was tried), in the input. */
    private long lastStart;
    /** A record found by {@link #skipBrokenRecord()}, not handed out yet. */
    private WarcRecord pending;

    WarcCursor(OpenedInput input) throws IOException {
        this.input = input;
        this.reader = new WarcReader(input.content());
    }

    Optional<WarcRecord> next() throws IOException {
        if (pending != null) {
            WarcRecord record = pending;
            pending = null;
            return Optional.of(record);
        }
        try {
            return reader.next();
        } finally {
            lastStart = Math.max(lastStart, base + reader.position());
            compression = reader.compression();
        }
    }

    /** Whether a broken record can be skipped: the input can be opened again at an offset. */
    boolean canResume() {
        return input.canReopen();
    }

    /** Moves to the first readable record after the broken one; false when there is none (or no way to look). */
    boolean skipBrokenRecord() {
        if (!canResume()) {
            return false;
        }
        closeQuietly(reader);
        byte[] marker = compression == WarcCompression.GZIP ? GZIP_MEMBER : WARC_VERSION;
        try {
            for (long from = lastStart + 1; ; ) {
                long found = find(marker, from);
                if (found < 0) {
                    return false;
                }
                if (startAt(found)) {
                    return true;
                }
                from = found + 1;
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Tries a reader from {@code offset}: true when a record begins there. */
    private boolean startAt(long offset) throws IOException {
        WarcReader candidate = new WarcReader(input.reopenAt(offset).orElseThrow());
        lastStart = offset;
        try {
            Optional<WarcRecord> first = candidate.next();
            if (first.isPresent()) {
                reader = candidate;
                base = offset;
                pending = first.get();
                return true;
            }
        } catch (IOException | RuntimeException notARecord) {
            // a marker inside other data: keep looking after it
        }
        closeQuietly(candidate);
        return false;
    }

    /** Offset of the first {@code marker} at or after {@code from}, or -1. */
    private long find(byte[] marker, long from) throws IOException {
        try (InputStream in = new BufferedInputStream(input.reopenAt(from).orElseThrow(), SCAN_BUFFER)) {
            int matched = 0;
            long offset = from;
            for (int b = in.read(); b >= 0; b = in.read(), offset++) {
                matched = b == (marker[matched] & 0xff) ? matched + 1 : (b == (marker[0] & 0xff) ? 1 : 0);
                if (matched == marker.length) {
                    return offset - marker.length + 1;
                }
            }
            return -1;
        }
    }

    /** The HTTP response in a record; a record that holds none is a problem of that record only. */
    static HttpResponse httpOf(WarcResponse response) throws InputProblem, IOException {
        try {
            return response.http();
        } catch (ParsingException e) {
            throw new InputProblem("response record holds no readable HTTP response");
        }
    }

    /** What went wrong with a record, in words rather than exception names. */
    static String describe(Exception e) {
        if (e instanceof EOFException) {
            return "truncated: the file ends inside this record";
        }
        if (e instanceof ZipException) {
            return "truncated or corrupt compressed record (" + InputProblem.brief(e) + ")";
        }
        if (e instanceof ParsingException) {
            return "not a WARC record where one should begin";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "malformed WARC record"
                : "malformed WARC record: " + InputProblem.brief(message);
    }

    @Override
    public void close() {
        closeQuietly(reader);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // nothing left to lose: the record is already reported
        }
    }
}
