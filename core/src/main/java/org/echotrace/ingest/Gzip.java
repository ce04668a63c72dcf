package org.echotrace.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Unpacks gzip-compressed inputs such as {@code feed.jsonl.gz}. WARC files stay compressed: the WARC
 * reader unpacks them record by record itself.
 */
final class Gzip {

    private Gzip() {
    }

    static boolean hasMagic(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * Unpacks {@code name.ext.gz} into {@code name.ext}, and gzip content under a name that tells nothing
     * (such as standard input). A compressed WARC stays as it is.
     */
    static LoadedInput unwrap(LoadedInput input, long maxBytes) throws InputProblem {
        String lower = input.fileName().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc.gz")) {
            return input;
        }
        if (lower.endsWith(".gz")) {
            String inner = input.fileName().substring(0, input.fileName().length() - ".gz".length());
            return new LoadedInput(input.source(), inner, decompress(input.bytes(), maxBytes));
        }
        boolean unnamedGzip = hasMagic(input.bytes()) && Format.byName(input.fileName()).isEmpty();
        if (unnamedGzip && FormatSniffer.sniff(input.bytes()) != Format.WARC) {
            return new LoadedInput(input.source(), input.fileName(), decompress(input.bytes(), maxBytes));
        }
        return input;
    }

    /** Unpacks the whole stream, up to the size limit; a cut-off stream is a problem, not a short text. */
    static byte[] decompress(byte[] bytes, long maxBytes) throws InputProblem {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return ByteLoader.readAtMost(in, maxBytes, "uncompressed content is");
        } catch (EOFException e) {
            throw new InputProblem("truncated gzip: the compressed data ends too early");
        } catch (ZipException e) {
            throw new InputProblem("not valid gzip: " + InputProblem.brief(e));
        } catch (IOException e) {
            throw new InputProblem("cannot unpack gzip: " + InputProblem.brief(e));
        }
    }

    /** The first bytes of the unpacked content, for sniffing; empty when they cannot be read. */
    static byte[] peek(byte[] bytes, int count) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readNBytes(count);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
