package org.echotrace.app.cli;

import java.nio.file.Path;
import org.echotrace.nlp.Parser;
import picocli.CommandLine.Option;

/** Where CoreNLP parses are cached between runs ({@code --cache DIR}, {@code --no-cache}); shared by commands that parse. */
final class ParseCacheOptions {

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Cache parses in DIR (default: $XDG_CACHE_HOME/echotrace/parses or ~/.cache/echotrace/parses).")
    Path cache;

    @Option(names = "--no-cache", description = "Parse every text again; read and write no cache.")
    boolean noCache;

    Parser parser() {
        if (noCache) {
            return Parser.uncached();
        }
        return cache == null ? Parser.cachedInDefaultPlace() : Parser.cachedIn(cache);
    }
}
