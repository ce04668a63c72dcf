package org.echotrace.app.cli;

import java.nio.file.Path;
import org.echotrace.nlp.Parser;
import picocli.CommandLine.Option;

/** Where CoreNLP parses are cached, for every command that parses text. */
final class ParseCacheOptions {

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep parses in DIR. Default: $XDG_CACHE_HOME/echotrace/parses or ~/.cache/echotrace/parses.")
    Path cache;

    @Option(names = "--no-cache", description = "Parse every text again and keep nothing.")
    boolean noCache;

    Parser parser() {
        if (noCache) {
            return Parser.uncached();
        }
        return cache == null ? Parser.cachedInDefaultPlace() : Parser.cachedIn(cache);
    }
}
