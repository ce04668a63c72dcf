package org.echotrace.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One input opened for reading: its content as a stream (gzip unpacked, except for WARC, whose reader
 * unpacks record by record), and the file name whose extension tells the format.
 */
final class OpenedInput implements Closeable {
    static final String TRUNCATED_GZIP = "truncated gzip: the compressed data ends too early";
    private static final int PEEK_BYTES = 8192;

    private final String source;
    private final String fileName;
    private final BufferedInputStream content;
    private final InputSource origin;
    private final boolean unpacked;

    private OpenedInput(String source, String fileName, InputStream content, InputSource origin, boolean unpacked) {
        this.source = source;
        this.fileName = fileName;
        this.content = new BufferedInputStream(content, PEEK_BYTES);
        this.origin = origin;
        this.unpacked = unpacked;
    }

    /**
     * @param source   how diagnostics and {@code Document.source} name the input
     * @param fileName the name whose extension tells the format ({@code a.jsonl.gz} is read as {@code a.jsonl})
     */
    static OpenedInput open(String source, String fileName, InputSource origin) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(origin.open(), PEEK_BYTES);
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean warcByName = Format.byName(fileName).filter(f -> f == Format.WARC).isPresent();
        if (lower.endsWith(".gz") && !warcByName) {
            String inner = fileName.substring(0, fileName.length() - ".gz".length());
            return new OpenedInput(source, inner, unpacked(raw), origin, true);
        }
        if (!warcByName && Gzip.hasMagic(peek(raw, 2))) {
            return new OpenedInput(source, fileName, unpacked(raw), origin, true);
        }
        return new OpenedInput(source, fileName, raw, origin, false);
    }

    /** Gzip unpacked as it is read; a cut-off stream says so in words. */
    private static InputStream unpacked(InputStream raw) throws IOException {
        return new FilterInputStream(new GZIPInputStream(raw)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (EOFException e) {
                    throw new EOFException(TRUNCATED_GZIP);
                }
            }
        };
    }

    String source() {
        return source;
    }

    String fileName() {
        return fileName;
    }

    /** The content, unpacked; read it once. */
    InputStream content() {
        return content;
    }

    /** The first bytes of the content, without consuming them. */
    byte[] peek() throws IOException {
        return peek(content, PEEK_BYTES);
    }

    /** Whether {@link #reopenAt} can open the input again: a regular file or bytes in memory, as stored. */
    boolean canReopen() {
        return !unpacked && origin.knownSize() >= 0;
    }

    /** The content from {@code offset} on, as stored; empty when it cannot be opened again or was unpacked. */
    Optional<InputStream> reopenAt(long offset) throws IOException {
        return unpacked ? Optional.empty() : origin.openAt(offset);
    }

    /**
     * The whole content of a one-article input, at most {@code maxBytes}: the limit is on what is read,
     * so a pipe or a device that reports no size is bounded too.
     */
    LoadedInput readWhole(long maxBytes) throws IOException, InputProblem {
        byte[] bytes = ByteLoader.readAtMost(content, maxBytes).orElseThrow(() -> new InputProblem(tooLarge(maxBytes)));
        return new LoadedInput(source, fileName, bytes);
    }

    private String tooLarge(long maxBytes) {
        long size = origin.knownSize();
        if (!unpacked && size > maxBytes) {
            String[] sizes = ByteLoader.describeSizes(size, maxBytes);
            return "file is " + sizes[0] + ", larger than the limit of " + sizes[1] + " (maxBytes)";
        }
        String what = unpacked ? "uncompressed content is"
                : InputItem.STDIN_NAME.equals(source) ? "standard input is" : "file is";
        return what + " larger than the limit of " + ByteLoader.describeSize(maxBytes) + " (maxBytes)";
    }

    /** The file name without its extensions' last part ({@code a.warc.gz -> a}, {@code b.txt -> b}). */
    String stem() {
        return LoadedInput.stemOf(fileName);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private static byte[] peek(BufferedInputStream in, int count) throws IOException {
        in.mark(count);
        byte[] head = in.readNBytes(count);
        in.reset();
        return head;
    }
}
