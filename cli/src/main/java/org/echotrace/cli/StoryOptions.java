package org.echotrace.cli;

import org.echotrace.story.StorySettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The story-grouping options shared by every command that clusters stories. */
public final class StoryOptions {

    @Option(names = "--story-similarity", paramLabel = "X", defaultValue = StorySettings.DEFAULT_MIN_SIMILARITY,
            description = "Average similarity for documents to be one story, 0..1. Default: ${DEFAULT-VALUE}.")
    double storySimilarity;

    @Option(names = "--max-days-apart", paramLabel = "DAYS", defaultValue = StorySettings.DEFAULT_MAX_DAYS_APART,
            description = "Documents published further apart are never one story. Default: ${DEFAULT-VALUE}.")
    int maxDaysApart;

    /** The settings, or a usage error naming what is wrong with them. */
    public StorySettings settings(CommandLine commandLine) {
        try {
            return new StorySettings(storySimilarity, StorySettings.DEFAULTS.reuseCoverage(), maxDaysApart);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }
}
