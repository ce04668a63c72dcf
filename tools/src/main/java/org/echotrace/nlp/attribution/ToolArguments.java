package org.echotrace.nlp.attribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The arguments of the cue model's developer tools: {@code FOLDER MODEL.tsv [K]} (K: only the held-out fold),
 * and {@code -Darticles=FILE} where the file exists: only the articles it names (bench's {@code TrainPart} prints
 * a part of train, so that a tool reads none of the held-out unseen articles).
 */
record ToolArguments(Path folder, CueModel model, int folds, Set<String> listed) {
    static ToolArguments of(String[] args) throws IOException {
        String list = System.getProperty("articles");
        return new ToolArguments(Path.of(args[0]), CueModel.read(Path.of(args[1])),
                args.length > 2 ? Integer.parseInt(args[2]) : 0,
                list != null && Files.exists(Path.of(list)) ? Set.copyOf(Files.readAllLines(Path.of(list))) : null);
    }

    /** Whether a tool reads an article: in the hold-out fold if one is given, and listed if a list is. */
    boolean includes(String article) {
        return (folds == 0 || Math.floorMod(article.hashCode(), folds) == 0) && (listed == null || listed.contains(article));
    }
}
