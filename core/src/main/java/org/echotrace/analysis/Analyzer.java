package org.echotrace.analysis;

import java.util.List;
import java.util.Objects;
import org.echotrace.Progress;
import org.echotrace.Version;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StorySettings;

/**
 * Runs the cross-document stages over ingested documents and assembles the {@link Report}:
 * reuse first, then stories (which use the reuse found).
 */
public final class Analyzer {

    private final AnalysisSettings settings;
    private final StorySettings storySettings;

    public Analyzer(AnalysisSettings settings, StorySettings storySettings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.storySettings = Objects.requireNonNull(storySettings, "storySettings");
    }

    public Report analyze(List<Document> documents, List<Diagnostic> problems, Progress progress) {
        List<ReusePair> reuse = new ReuseDetector(settings).detect(documents, progress);
        progress.update("stories", 0, documents.size());
        List<Story> stories = new StoryClusterer(storySettings).cluster(documents, reuse);
        progress.update("stories", documents.size(), documents.size());
        return new Report(Version.generator(), settings, documents, reuse, stories, problems);
    }
}
