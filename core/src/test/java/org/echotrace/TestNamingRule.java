package org.echotrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Surefire runs only classes named {@code Test*} (the parent pom), so a test class named otherwise would
 * never run, silently: this fails naming every file under any module's src/test that declares a test method
 * without following the rule (a branch merged with a {@code FooTest} is caught here).
 */
class TestNamingRule {

    private static final Pattern TEST_METHOD = Pattern.compile("@(?:[\\w.]+\\.)?(Test|ParameterizedTest|RepeatedTest|TestFactory|FuzzTest)\\b");

    @Test
    void everyClassWithTestsIsNamedTestSomething() throws IOException {
        Path root = projectRoot();
        try (Stream<Path> modules = Files.list(root)) {
            List<String> misnamed = modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory)
                    .flatMap(TestNamingRule::javaFiles)
                    .filter(f -> !f.getFileName().toString().startsWith("Test") && declaresTests(f))
                    .map(f -> root.relativize(f).toString()).sorted().toList();
            assertEquals(List.of(), misnamed, "test classes must be named Test* or surefire never runs them");
        }
    }

    private static Stream<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder whose pom.xml lists this module: the reactor's root. */
    private static Path projectRoot() {
        Path module = Path.of("").toAbsolutePath();
        return Files.isRegularFile(module.getParent().resolve("pom.xml")) ? module.getParent() : module;
    }

    private static boolean declaresTests(Path file) {
        try {
            return TEST_METHOD.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
