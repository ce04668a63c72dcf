package org.echotrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared evaluation data: {@code -Dechotrace.data=DIR}, else {@code shared/data} next to the project
 * root (searched upwards from the working directory, so it works from the root and from a module).
 */
public final class DataPaths {

    private DataPaths() {
    }

    public static Optional<Path> sharedData() {
        String given = System.getProperty("echotrace.data");
        if (given != null) {
            return Optional.of(Path.of(given)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Path require(String sub) {
        return sharedData().map(d -> d.resolve(sub)).filter(Files::isDirectory)
                .orElseThrow(() -> new IllegalStateException("no shared/data/" + sub + " found; pass -Dechotrace.data=DIR"));
    }
}
