package org.echotrace.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.echotrace.domain.Diagnostic;

/**
 * Turns the command line's inputs into the files to read: files as given (any kind: a pipe named on the
 * command line is read, bounded), folders walked recursively in sorted order without hidden files or
 * folders, and {@code "-"} for standard input. In a folder only regular files are read; anything else
 * found there (a pipe that would wait forever, a device, a broken link, a link loop, a folder that cannot
 * be listed) is reported and passed over, and the rest of the folder is read.
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
        FolderWalk walk = new FolderWalk(folder);
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            walk.problems.add(Diagnostic.of(folder.toString(), "cannot list folder: " + InputProblem.brief(e)));
        }
        walk.files.sort(null);
        walk.files.forEach(file -> items.add(InputItem.file(file)));
        walk.problems.sort(Comparator.comparing(Diagnostic::file));
        problems.addAll(walk.problems);
    }

    /** Collects a folder's regular files and a problem for everything else it meets; never stops early. */
    static final class FolderWalk extends SimpleFileVisitor<Path> {
        private final Path root;
        final List<Path> files = new ArrayList<>();
        final List<Diagnostic> problems = new ArrayList<>();

        FolderWalk(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attributes.isRegularFile()) {
                files.add(file);
            } else if (attributes.isSymbolicLink()) {
                problems.add(Diagnostic.of(file.toString(), "broken symbolic link, skipped"));
            } else {
                problems.add(Diagnostic.of(file.toString(),
                        "not a regular file (a named pipe, device or socket); name it on its own to read it"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!isHidden(file)) {
                problems.add(Diagnostic.of(file.toString(), whyUnreadable(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problems.add(Diagnostic.of(dir.toString(), "folder only partly listed: " + InputProblem.brief(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        private static String whyUnreadable(IOException e) {
            if (e instanceof FileSystemLoopException) {
                return "symbolic link loop (a link to a folder that contains it), skipped";
            }
            if (e instanceof AccessDeniedException) {
                return "cannot list folder: permission denied; skipped, the rest is read";
            }
            return ByteLoader.describe(e) + "; skipped";
        }
    }

    /** Hidden means its name starts with a dot, like .git or .DS_Store (folders below the one given only). */
    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
