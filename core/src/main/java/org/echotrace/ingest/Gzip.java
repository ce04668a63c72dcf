package org.echotrace.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/**
 * Recognises gzip content. Inputs such as {@code feed.jsonl.gz} are unpacked as a stream by
 * {@link OpenedInput}, bounded where they are read; WARC files stay compressed: the WARC reader unpacks
 * them record by record itself.
 */
final class Gzip {

    private Gzip() {
    }

    static boolean hasMagic(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
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
