package org.echotrace.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code echotrace serve}: the local web app over a store. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serves a store as a local web app and JSON API (search, stories, documents, check a text).",
        footer = ExitCodes.FOOTER)
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("serve is being written");
    }
}
