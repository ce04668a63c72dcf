package org.echotrace.cli;

import org.echotrace.domain.ReuseSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The reuse-detection options shared by every command that runs the detector. */
public final class ReuseOptions {

    @Option(names = "--min-words", paramLabel = "N", defaultValue = ReuseSettings.DEFAULT_MIN_WORDS,
            description = "Shortest shared passage reported, in words. Default: ${DEFAULT-VALUE}.")
    int minWords;

    @Option(names = "--ngram", paramLabel = "N", defaultValue = ReuseSettings.DEFAULT_NGRAM,
            description = "Words per fingerprint shingle. Default: ${DEFAULT-VALUE}.")
    int ngram;

    @Option(names = "--max-df", paramLabel = "N", defaultValue = ReuseSettings.DEFAULT_MAX_DOCUMENT_FREQUENCY,
            description = "Ignore shingles found in more documents than this (boilerplate). Default: ${DEFAULT-VALUE}.")
    int maxDocumentFrequency;

    /** The settings, or a usage error naming what is wrong with them. */
    public ReuseSettings settings(CommandLine commandLine) {
        try {
            return new ReuseSettings(ngram, minWords, maxDocumentFrequency);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }
}
