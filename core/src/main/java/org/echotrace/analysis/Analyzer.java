package org.echotrace.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import org.echotrace.Progress;
import org.echotrace.Version;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.domain.Label;
import org.echotrace.domain.ReferenceDate;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.entity.AttributionEntities;
import org.echotrace.entity.EntityIndex;
import org.echotrace.entity.EntityLinker;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.language.LanguageStage;
import org.echotrace.labels.LabelAssigner;
import org.echotrace.timeline.ReferenceDates;
import org.echotrace.timeline.TimelineBuilder;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StorySettings;

/**
 * Runs the stages over ingested documents and assembles the {@link Report}: reuse, then stories (which
 * use the reuse found), then, when a language analyzer is given, each document's language and the
 * cross-document entities, attributions, timeline and labels built from it.
 */
public final class Analyzer {

    private final AnalysisSettings settings;
    private final StorySettings storySettings;
    private final LanguageAnalyzer language;
    private final int threads;

    public Analyzer(AnalysisSettings settings, StorySettings storySettings) {
        this(settings, storySettings, null, 1);
    }

    private Analyzer(AnalysisSettings settings, StorySettings storySettings, LanguageAnalyzer language, int threads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.storySettings = Objects.requireNonNull(storySettings, "storySettings");
        this.language = language;
        this.threads = threads;
    }

    /** The same analysis plus the language layer, run on {@code threads} threads. */
    public Analyzer withLanguage(LanguageAnalyzer analyzer, int threads) {
        return new Analyzer(settings, storySettings, Objects.requireNonNull(analyzer, "analyzer"), threads);
    }

    public Report analyze(List<Document> documents, List<Diagnostic> problems, Progress progress) {
        List<ReusePair> reuse = new ReuseDetector(settings).detect(documents, progress);
        progress.update("stories", 0, documents.size());
        List<Story> stories = new StoryClusterer(storySettings).cluster(documents, reuse);
        progress.update("stories", documents.size(), documents.size());
        if (language == null) {
            return new Report(Version.generator(), settings, documents, reuse, stories, problems);
        }
        List<ReferenceDate> dates = ReferenceDates.of(documents);
        Map<String, LocalDate> dateOf = new HashMap<>();
        dates.stream().filter(d -> d.date() != null).forEach(d -> dateOf.put(d.document(), d.date()));
        LanguageStage.Result read = new LanguageStage(language, d -> dateOf.get(d.id()), threads).run(documents, progress);
        List<Diagnostic> allProblems = new ArrayList<>(problems);
        allProblems.addAll(read.problems());
        List<DocumentLanguage> languages = read.languages();
        EntityIndex entities = new EntityLinker().link(documents, languages);
        List<Attribution> attributions = AttributionEntities.link(
                languages.stream().flatMap(l -> l.attributions().stream()).toList(), entities);
        List<Label> labels = new LabelAssigner(entities::entityAt).assign(languages);
        return new Report(Version.generator(), settings, documents, reuse, stories, entities.entities(),
                attributions, TimelineBuilder.build(documents, languages), labels,
                LabelAssigner.byOutlet(labels, documents), dates, allProblems);
    }
}
