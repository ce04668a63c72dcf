package org.echotrace.ingest;

import java.nio.file.Path;

/**
 * One thing to read: a file, or standard input when {@code path} is null.
 *
 * @param name how diagnostics and {@code Document.source} name it: the path as found, or {@code "<stdin>"}
 */
record InputItem(String name, Path path) {

    static final String STDIN_NAME = "<stdin>";

    static InputItem file(Path path) {
        return new InputItem(path.toString(), path);
    }

    static InputItem stdin() {
        return new InputItem(STDIN_NAME, null);
    }

    boolean isStdin() {
        return path == null;
    }
}
