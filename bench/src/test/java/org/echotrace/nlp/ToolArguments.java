package org.echotrace.nlp;

import java.io.IOException;
import java.nio.file.Path;

/** The arguments of the cue model's developer tools: {@code FOLDER MODEL.tsv [K]} (K: only the held-out fold). */
record ToolArguments(Path folder, CueModel model, int folds) {
    static ToolArguments of(String[] args) throws IOException {
        return new ToolArguments(Path.of(args[0]), CueModel.read(Path.of(args[1])),
                args.length > 2 ? Integer.parseInt(args[2]) : 0);
    }
}
