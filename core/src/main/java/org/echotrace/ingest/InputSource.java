package org.echotrace.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bytes of one input come from. What is read from it is bounded by the readers, never by the
 * size the file system reports (a pipe or {@code /dev/zero} reports 0). A file, or bytes in memory, can
 * be opened again at an offset, so that a WARC reader can look for the next record after a broken one.
 */
interface InputSource {

    /** The content from its first byte. */
    InputStream open() throws IOException;

    /** The content from {@code offset} on; empty when it can be read only once (standard input). */
    Optional<InputStream> openAt(long offset) throws IOException;

    /** The size, when the file system knows it for sure (a regular file), else -1; for messages only. */
    long knownSize();

    static InputSource of(Path path) {
        return new InputSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public Optional<InputStream> openAt(long offset) throws IOException {
                if (!Files.isRegularFile(path)) {
                    return Optional.empty();
                }
                FileChannel channel = FileChannel.open(path);
                channel.position(offset);
                return Optional.of(Channels.newInputStream(channel));
            }

            @Override
            public long knownSize() {
                try {
                    return Files.isRegularFile(path) ? Files.size(path) : -1;
                } catch (IOException e) {
                    return -1;
                }
            }
        };
    }

    static InputSource of(byte[] bytes) {
        return new InputSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public Optional<InputStream> openAt(long offset) {
                int start = (int) Math.min(offset, bytes.length);
                return Optional.of(new ByteArrayInputStream(bytes, start, bytes.length - start));
            }

            @Override
            public long knownSize() {
                return bytes.length;
            }
        };
    }

    /** A stream that can be read once, from where it stands. */
    static InputSource once(InputStream in) {
        return new InputSource() {
            @Override
            public InputStream open() {
                return in;
            }

            @Override
            public Optional<InputStream> openAt(long offset) {
                return Optional.empty();
            }

            @Override
            public long knownSize() {
                return -1;
            }
        };
    }
}
