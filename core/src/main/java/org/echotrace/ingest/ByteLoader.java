package org.echotrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads an input's bytes, refusing anything larger than the limit before reading it into memory. */
final class ByteLoader {
    private final long maxBytes;

    ByteLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    LoadedInput load(InputItem item, InputStream stdin) throws InputProblem {
        byte[] bytes = item.isStdin() ? readStdin(stdin) : readFile(item.path());
        String fileName = item.isStdin() ? "stdin" : String.valueOf(item.path().getFileName());
        return Gzip.unwrap(new LoadedInput(item.name(), fileName, bytes), maxBytes);
    }

    private byte[] readFile(Path path) throws InputProblem {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge("file is " + describeSize(size));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputProblem("no such file");
        } catch (AccessDeniedException e) {
            throw new InputProblem("cannot read file: permission denied");
        } catch (IOException e) {
            throw new InputProblem("cannot read file: " + InputProblem.brief(e));
        }
    }

    private byte[] readStdin(InputStream stdin) throws InputProblem {
        if (stdin == null) {
            throw new InputProblem("no standard input given");
        }
        try {
            return readAtMost(stdin, maxBytes, "standard input is");
        } catch (IOException e) {
            throw new InputProblem("cannot read standard input: " + InputProblem.brief(e));
        }
    }

    /** Reads a stream whose size is not known in advance, stopping one byte past the limit. */
    static byte[] readAtMost(InputStream in, long maxBytes, String what) throws IOException, InputProblem {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new InputProblem(what + " larger than the limit of " + describeSize(maxBytes) + " (maxBytes)");
        }
        return bytes;
    }

    private InputProblem tooLarge(String what) {
        return new InputProblem(what + ", larger than the limit of " + describeSize(maxBytes) + " (maxBytes)");
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
}
