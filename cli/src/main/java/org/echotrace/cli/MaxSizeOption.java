package org.echotrace.cli;

import picocli.CommandLine.Option;

/** {@code --max-size}: the largest article read, for every command that reads articles (analyze, ingest, the Spark job). */
public final class MaxSizeOption {

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "10M", converter = ByteSizeConverter.class,
            description = "Skip articles larger than this (e.g. 500k, 10M): a text or HTML file, one JSON line,"
                    + " one WARC record. JSON Lines and WARC files themselves may be any size. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    /** The size given, in bytes. */
    public long bytes() {
        return maxBytes;
    }
}
