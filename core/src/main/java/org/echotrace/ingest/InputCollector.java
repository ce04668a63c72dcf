package org.echotrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.echotrace.domain.Diagnostic;

/**
 * Turns the command line's inputs into the files to read: files as given, folders walked recursively in
 * sorted order without hidden files or folders, and {@code "-"} for standard input.
 */
final class InputCollector {

    static final String STDIN_ARGUMENT = "-";

    private InputCollector() {
    }

    static List<InputItem> collect(List<String> inputs, List<Diagnostic> problems) {
        List<InputItem> items = new ArrayList<>();
        for (String input : inputs) {
            if (STDIN_ARGUMENT.equals(input)) {
                items.add(InputItem.stdin());
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                addFolder(path, items, problems);
            } else if (Files.exists(path)) {
                items.add(InputItem.file(path));
            } else {
                problems.add(Diagnostic.of(input, "no such file or folder"));
            }
        }
        return items;
    }

    private static void addFolder(Path folder, List<InputItem> items, List<Diagnostic> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .sorted()
                    .forEach(file -> items.add(InputItem.file(file)));
        } catch (IOException | UncheckedIOException e) {
            problems.add(Diagnostic.of(folder.toString(), "cannot list folder: " + InputProblem.brief(e)));
        }
    }

    /** Hidden means any part of the path below the folder given starts with a dot, like .git or .DS_Store. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
