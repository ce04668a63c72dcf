package org.echotrace.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store is, for every command that uses one. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "echotrace-store",
            description = "The store folder (created by ingest if missing). Default: ./${DEFAULT-VALUE}.")
    Path store;
}
