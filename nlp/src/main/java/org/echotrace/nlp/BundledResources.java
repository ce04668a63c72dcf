package org.echotrace.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the word lists and models shipped in this package's resources. */
public final class BundledResources {

    /** A reader's parse of a resource, which may fail on its lines. */
    @FunctionalInterface
    public interface Parse<T> {
        T parse(BufferedReader reader) throws IOException;
    }

    private BundledResources() {
    }

    /** The resource (next to this class, or an absolute path on the class path) as parsed; a missing one is a bug. */
    public static <T> T read(String resource, Parse<T> parse) {
        InputStream in = BundledResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
