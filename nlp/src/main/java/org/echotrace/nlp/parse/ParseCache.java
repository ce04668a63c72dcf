package org.echotrace.nlp.parse;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Parses on disk, one gzipped CoreNLP protobuf per (settings, reference date, cleaned text), so a second
 * analysis of the same articles does not parse them again. Files are written to a temporary name and
 * moved into place, so a crash never leaves a half-written entry; an unreadable entry is treated as
 * missing and overwritten.
 */
final class ParseCache {

    private final Path directory;
    private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

    ParseCache(Path directory) {
        this.directory = directory;
    }

    /**
     * Where the cache lives unless told otherwise: the system property {@code echotrace.cache} (tests point
     * it into target/), else {@code $XDG_CACHE_HOME/echotrace/parses}, else {@code ~/.cache/echotrace/parses}.
     */
    static Path defaultDirectory() {
        String override = System.getProperty("echotrace.cache");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("echotrace").resolve("parses");
    }

    static String key(String text, String referenceDate) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(PipelineSettings.fingerprint().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(referenceDate).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Optional<Annotation> load(String key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Optional.of(serializer.read(in).first());
        } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    void store(String key, Annotation annotation) {
        Path file = fileFor(key);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), key, ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary))) {
                serializer.write(annotation, out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write parse cache entry " + file, e);
        }
    }

    private Path fileFor(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".pb.gz");
    }
}
