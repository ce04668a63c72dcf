package org.echotrace.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.echotrace.Progress;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.claims.ClaimStage;
import org.echotrace.domain.Claim;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StoryEvents;

/**
 * The one place a stored story's report is built, as {@code analyze} builds it for the same articles: the
 * story's members, the reuse pairs the store found among them, the language annotations it kept (nothing
 * is parsed again), the title by analyze's rule (the most central headline), and the claims stage's
 * claims, summary, paraphrase links and credit, made by the same {@link AnalysisPipeline}. No reuse detection runs
 * again, so the cost grows with the story's articles, not with their pairs.
 *
 * <p>The claims stage's part changes whenever an article joins, so the store keeps it with the members it
 * was made from ({@link Made}), and it is made again when those differ.
 */
final class StoryAnalysis {

    /**
     * What the claims stage made of one story, with the members it was made from.
     *
     * @param analyzed the story with analyze's title and its summary
     * @param reuse    the pairs among its members, with credit checked and paraphrase links added
     */
    record Made(String story, List<String> members, Story analyzed, List<Claim> claims, List<ReusePair> reuse) {
        Made {
            Objects.requireNonNull(story, "story");
            members = List.copyOf(members);
            claims = List.copyOf(claims);
            reuse = reuse == null ? null : List.copyOf(reuse); // null in entries kept before it was
        }

        /** Made from the story's members as they are now (entries kept before titles and pairs were never are). */
        boolean current(Story now) {
            return analyzed != null && reuse != null && members.equals(now.documents());
        }

        ClaimStage.Result result() {
            return new ClaimStage.Result(claims, List.of(analyzed), reuse);
        }
    }

    private final AnalysisPipeline withoutClaims;
    private final AnalysisPipeline claimsMaker;
    private final StoryClusterer clusterer;

    /** @param claimsMaker an analyzer with the claims stage ({@link AnalysisPipeline#withClaims}), or null: no claims are made */
    StoryAnalysis(StoreConfig config, AnalysisPipeline claimsMaker) {
        this.withoutClaims = new AnalysisPipeline(config.reuse(), config.stories());
        this.claimsMaker = claimsMaker;
        this.clusterer = new StoryClusterer(config.stories());
    }

    boolean makesClaims() {
        return claimsMaker != null;
    }

    /** The claims stage's part, made now from the members as stored in {@code snapshot} (needs {@link #makesClaims}). */
    Made make(Snapshot snapshot, Story story) {
        return make(story, Members.read(snapshot, story.documents(), true), pairsAmong(snapshot, story.documents()));
    }

    private Made make(Story story, Members members, List<ReusePair> pairs) {
        Report made = claimsMaker.assemble(members.documents(), pairs, List.of(titled(story, members, pairs)),
                members.languages(), List.of(), Progress.NONE);
        return new Made(story.id(), story.documents(), made.stories().get(0), made.claims(), made.reuse());
    }

    /** The kept part when current, else made again from these members when this process makes claims. */
    private Optional<Made> current(Snapshot snapshot, Story story, Members members, List<ReusePair> pairs) {
        Optional<Made> kept = snapshot.made(story.id()).filter(made -> made.current(story));
        return kept.isPresent() || !makesClaims() ? kept : Optional.of(make(story, members, pairs));
    }

    /** The story as analyze titles and sums it up, as far as the kept part tells (a listing reads no article). */
    Story listed(Snapshot snapshot, Story story) {
        return snapshot.analyzed(story.id()).filter(analyzed -> analyzed.documents().equals(story.documents()))
                .orElse(story);
    }

    /**
     * The story's report, as analyze gives it for its articles.
     *
     * @param sources whether each document keeps its {@code source} (where it was read from)
     */
    StoryReport report(Snapshot snapshot, Story story, boolean sources) {
        Members members = Members.read(snapshot, story.documents(), sources);
        List<ReusePair> pairs = pairsAmong(snapshot, story.documents());
        if (!members.anyLanguage()) {
            return reported(story, withoutClaims.withoutLanguage(members.documents(), pairs,
                    List.of(titled(story, members, pairs)), List.of()));
        }
        Optional<Made> made = current(snapshot, story, members, pairs);
        // The kept claims were made by this store's claims stage: its settings are the ones the report records
        // (a process that makes no claims cannot say which settings made them, and records none).
        AnalysisPipeline recording = makesClaims() ? claimsMaker : withoutClaims;
        Report report = made.isPresent()
                ? recording.assemble(members.documents(), members.languages(), made.get().result(), List.of())
                : withoutClaims.assemble(members.documents(), pairs, List.of(titled(story, members, pairs)),
                        members.languages(), List.of(), Progress.NONE);
        return reported(story, report);
    }

    private static StoryReport reported(Story stored, Report report) {
        return new StoryReport(report.stories().isEmpty() ? stored : report.stories().get(0), report);
    }

    /** The claims a new article would share with a story's members, were it stored (needs {@link #makesClaims}). */
    List<Claim> withArticle(Snapshot snapshot, Story story, Document article, DocumentLanguage language,
                            List<ReusePair> reuse) {
        Members stored = Members.read(snapshot, story.documents(), true);
        stored.documents().add(article);
        stored.languages().add(language);
        List<String> members = new ArrayList<>(story.documents());
        members.add(article.id());
        List<ReusePair> pairs = new ArrayList<>(pairsAmong(snapshot, story.documents()));
        pairs.addAll(reuse);
        Story joined = new Story(story.id(), story.title(), members, story.from(), story.to());
        return claimsMaker.assemble(stored.documents(), pairs, List.of(joined), stored.languages(), List.of(),
                        Progress.NONE).claims().stream()
                .filter(claim -> claim.documents().contains(article.id()) && claim.documents().size() > 1)
                .toList();
    }

    /** The stored story under the title analyze would give its members. */
    private Story titled(Story story, Members members, List<ReusePair> pairs) {
        if (members.documents().isEmpty()) {
            return story;
        }
        return new Story(story.id(), clusterer.title(members.documents(), pairs), story.documents(), story.from(),
                story.to()).withEvent(StoryEvents.of(members.documents()));
    }

    /**
     * Stored articles with their language (empty for those stored without NLP), in parallel lists.
     *
     * @param anyLanguage whether any of them was stored with its language
     */
    private record Members(List<Document> documents, List<DocumentLanguage> languages, boolean anyLanguage) {
        static Members read(Snapshot snapshot, List<String> ids, boolean sources) {
            List<Document> documents = new ArrayList<>();
            List<DocumentLanguage> languages = new ArrayList<>();
            boolean anyLanguage = false;
            for (String id : ids) {
                Optional<StoredArticle> stored = snapshot.article(id);
                if (stored.isPresent()) {
                    Document document = stored.get().document();
                    DocumentLanguage language = stored.get().language();
                    documents.add(sources ? document : document.withoutSource());
                    languages.add(language != null ? language : DocumentLanguage.empty(document.id()));
                    anyLanguage |= language != null;
                }
            }
            return new Members(documents, languages, anyLanguage);
        }
    }

    /** The pairs among a story's members, in the order analyze reports them. */
    private static List<ReusePair> pairsAmong(Snapshot snapshot, List<String> members) {
        Set<String> inStory = new HashSet<>(members);
        Set<String> seen = new HashSet<>();
        List<ReusePair> pairs = new ArrayList<>();
        for (String id : members) {
            for (ReusePair pair : snapshot.pairsOf(id)) {
                if (inStory.contains(pair.a()) && inStory.contains(pair.b()) && seen.add(pair.a() + '\n' + pair.b())) {
                    pairs.add(pair);
                }
            }
        }
        pairs.sort(ReuseDetector.ORDER);
        return pairs;
    }
}
