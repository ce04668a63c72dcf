package org.echotrace.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import org.echotrace.Progress;
import org.echotrace.Version;
import org.echotrace.claims.ClaimSettings;
import org.echotrace.claims.ClaimStage;
import org.echotrace.claims.SentenceEmbedder;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Diagnostic;
import org.echotrace.domain.Document;
import org.echotrace.domain.Label;
import org.echotrace.domain.OutletGraph;
import org.echotrace.domain.ReferenceDate;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.entity.AttributionEntities;
import org.echotrace.entity.EntityIndex;
import org.echotrace.entity.EntityLinker;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.language.LanguageStage;
import org.echotrace.labels.LabelAssigner;
import org.echotrace.labels.LabelTable;
import org.echotrace.outlets.OutletGraphBuilder;
import org.echotrace.timeline.ReferenceDates;
import org.echotrace.timeline.TimelineBuilder;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StorySettings;

/**
 * Runs the stages over ingested documents and assembles the {@link Report}: reuse, then stories (which
 * use the reuse found), then, when a language analyzer is given, each document's language and the
 * cross-document entities, attributions, timeline and labels built from it; then, when a sentence
 * embedder is given too, the claims of each story and their provenance.
 */
public final class AnalysisPipeline {

    /** What the report records: the claim settings once {@link #withClaims} adds that stage, else none. */
    private final AnalysisSettings settings;
    private final LanguageAnalyzer language;
    private final int threads;
    private final ClaimStage claims;

    public AnalysisPipeline(ReuseSettings settings, StorySettings storySettings) {
        this(AnalysisSettings.withoutClaims(settings, storySettings), null, 1, null);
    }

    private AnalysisPipeline(AnalysisSettings settings, LanguageAnalyzer language, int threads, ClaimStage claims) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.language = language;
        this.threads = threads;
        this.claims = claims;
    }

    /** The same analysis plus the language layer, run on {@code threads} threads. */
    public AnalysisPipeline withLanguage(LanguageAnalyzer analyzer, int threads) {
        return new AnalysisPipeline(settings, Objects.requireNonNull(analyzer, "analyzer"), threads, claims);
    }

    /** The same analysis plus claims and provenance (which need the language layer too, or languages read earlier). */
    public AnalysisPipeline withClaims(SentenceEmbedder embedder, ClaimSettings claimSettings) {
        return new AnalysisPipeline(new AnalysisSettings(settings.reuse(), settings.stories(), claimSettings), language,
                threads, new ClaimStage(embedder, claimSettings));
    }

    public Report analyze(List<Document> documents, List<Diagnostic> problems, Progress progress) {
        List<ReusePair> reuse = new ReuseDetector(settings.reuse()).detect(documents, progress);
        progress.update("stories", 0, documents.size());
        List<Story> stories = new StoryClusterer(settings.stories()).cluster(documents, reuse);
        progress.update("stories", documents.size(), documents.size());
        if (language == null) {
            return withoutLanguage(documents, reuse, stories, problems);
        }
        Map<String, LocalDate> dateOf = new HashMap<>();
        ReferenceDates.of(documents).stream().filter(d -> d.date() != null)
                .forEach(d -> dateOf.put(d.document(), d.date()));
        LanguageStage.Result read = new LanguageStage(language, d -> dateOf.get(d.id()), threads).run(documents, progress);
        List<Diagnostic> allProblems = new ArrayList<>(problems);
        allProblems.addAll(read.problems());
        return assemble(documents, reuse, stories, read.languages(), allProblems, progress);
    }

    /** The report of reuse and stories found earlier, without the language layer (what {@code --no-nlp} gives). */
    public Report withoutLanguage(List<Document> documents, List<ReusePair> reuse, List<Story> stories,
                                  List<Diagnostic> problems) {
        return new Report(Version.generator(), settings, documents, reuse, stories, problems)
                .withOutlets(outlets(documents, reuse, stories));
    }

    /**
     * The cross-document layers (entities, attributions, claims, timeline, labels) from each document's
     * language read earlier, as a store keeps it: nothing is parsed again.
     *
     * @param languages one per document, in the same order
     */
    public Report assemble(List<Document> documents, List<ReusePair> reuse, List<Story> stories,
                           List<DocumentLanguage> languages, List<Diagnostic> problems, Progress progress) {
        return assemble(documents, languages, problems, (attributions, entities) -> claims == null
                ? new ClaimStage.Result(List.of(), stories, reuse)
                : claims.run(new ClaimStage.Input(documents, languages, attributions, entities, stories, reuse), progress));
    }

    /**
     * As {@link #assemble(List, List, List, List, List, Progress)}, with the claims, the stories (with their
     * summaries) and the reuse pairs (with credit and paraphrases) the claims stage made earlier from the
     * same documents and languages: a store keeps them, so a stored story's report embeds nothing again.
     */
    public Report assemble(List<Document> documents, List<DocumentLanguage> languages, ClaimStage.Result made,
                           List<Diagnostic> problems) {
        return assemble(documents, languages, problems, (attributions, entities) -> made);
    }

    /** The claims stage (or what stands for it) given the linked attributions and entities. */
    @FunctionalInterface
    private interface ClaimsOf {
        ClaimStage.Result of(List<Attribution> attributions, EntityIndex entities);
    }

    private Report assemble(List<Document> documents, List<DocumentLanguage> languages, List<Diagnostic> problems,
                            ClaimsOf claimsOf) {
        List<ReferenceDate> dates = ReferenceDates.of(documents);
        AttributionEntities.Linked linked = AttributionEntities.link(
                languages.stream().flatMap(l -> l.attributions().stream()).toList(),
                new EntityLinker().link(documents, languages));
        EntityIndex entities = linked.entities();
        List<Attribution> attributions = linked.attributions();
        List<Label> labels = new LabelAssigner(entities::entityHeading).assign(documents, languages, attributions);
        ClaimStage.Result found = claimsOf.of(attributions, entities);
        return new Report(Version.generator(), settings, documents, found.reuse(), found.stories(), entities.entities(),
                attributions, found.claims(), TimelineBuilder.build(documents, languages), labels,
                LabelTable.build(labels, documents, found.stories(), entities.entities()), dates, problems)
                .withOutlets(outlets(documents, found.reuse(), found.stories()));
    }

    /** The outlet graph, built last: it counts the credit the claims layer checked. */
    private OutletGraph outlets(List<Document> documents, List<ReusePair> reuse, List<Story> stories) {
        return new OutletGraphBuilder(settings.reuse().minWords()).build(documents, reuse, stories);
    }
}
