package org.echotrace.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The folder a command writes into, made ready before any work, so a wrong {@code --out} costs nothing. */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Creates the folder if missing.
     *
     * @return what is wrong (not a folder, cannot be created, not writable), as one line naming the option
     */
    static Optional<String> prepare(String option, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(option + " " + folder + ": exists and is not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return Optional.of(option + " " + folder + ": cannot create the folder (" + reason(e) + ")");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of(option + " " + folder + ": folder is not writable");
        }
        return Optional.empty();
    }

    /** An I/O failure in words: the reason the file system gave, and for which file. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException fs) {
            String why = fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName().replace("Exception", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
            return why + ": " + fs.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
