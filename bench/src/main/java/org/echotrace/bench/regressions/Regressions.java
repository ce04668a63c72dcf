package org.echotrace.bench.regressions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the regressions of {@code bench/regressions/*.yaml}, found upwards from the working directory. */
public final class Regressions {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Regressions() {
    }

    /** The folder of the YAML files: {@code bench/regressions} of the project this runs in (root or module). */
    public static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("bench").resolve("regressions");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no bench/regressions folder above " + Path.of("").toAbsolutePath());
    }

    /** The project's root: the folder holding {@code bench/}. */
    public static Path projectRoot() {
        return directory().getParent().getParent();
    }

    public static Path file(String name) {
        return directory().resolve(name + ".yaml");
    }

    public static Regression load(String name) {
        return read(file(name));
    }

    /** Every regression, by file name. */
    public static List<Regression> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().map(Regressions::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file; its name (without {@code .yaml}) is the regression's name. A bad file fails naming it. */
    static Regression read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        try {
            // bound directly, not through a tree, so that scores keep their text ("1.000")
            Contents c = YAML.readValue(file.toFile(), Contents.class);
            return new Regression(name, c.data(), c.command(), c.limitOption(), c.columns(), c.runs());
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** What a file holds. */
    record Contents(String data, String command, String limitOption, Map<String, String> columns, List<Run> runs) {
    }
}
