package org.echotrace.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Where an input item's bytes come from, and the words for what went wrong reading them. Sizes are bounded
 * where bytes are read ({@link OpenedInput#readWhole}, one JSON line, one WARC record), not here.
 */
final class ByteLoader {

    private ByteLoader() {
    }

    static InputSource sourceOf(InputItem item, InputStream stdin) throws InputProblem {
        if (!item.isStdin()) {
            return InputSource.of(item.path());
        }
        if (stdin == null) {
            throw new InputProblem("no standard input given");
        }
        return InputSource.once(stdin);
    }

    /** Reads at most {@code maxBytes}, stopping one byte past them: empty when there is more than that. */
    static Optional<byte[]> readAtMost(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }

    /** A one-line reason for a failed read, without exception class names. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read file: permission denied";
        }
        if (e instanceof EOFException) {
            return OpenedInput.TRUNCATED_GZIP.equals(e.getMessage()) ? e.getMessage() : "truncated: the data ends too early";
        }
        if (e instanceof ZipException) {
            return "not valid gzip: " + InputProblem.brief(e);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "cannot read file: " + fs.getReason();
        }
        return "cannot read: " + InputProblem.brief(e);
    }

    static String describeSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    /** A size and a limit in words that differ: exact bytes are added when the rounded forms would not. */
    static String[] describeSizes(long size, long limit) {
        String a = describeSize(size);
        String b = describeSize(limit);
        if (a.equals(b)) {
            return new String[] {a + " (" + size + " bytes)", b + " (" + limit + " bytes)"};
        }
        return new String[] {a, b};
    }
}
