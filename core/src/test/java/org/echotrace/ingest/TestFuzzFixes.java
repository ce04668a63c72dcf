package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays every input the fuzzer ever found a bug with (as jsoup's FuzzFixesTest does), one test each. */
class TestFuzzFixes {
    private static final Path FIXES = Path.of("src/test/resources/fuzz");

    @TestFactory
    Stream<DynamicTest> everyFuzzFindingIsReadWithoutThrowing() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(FIXES)) {
            files = listed.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty(), "the findings are in " + FIXES);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> FuzzTarget.read(Files.readAllBytes(file))));
    }
}
