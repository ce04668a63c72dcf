package org.echotrace.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.echotrace.Progress;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Claim;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Statement;
import org.echotrace.domain.Story;
import org.echotrace.entity.EntityIndex;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.TimeExpression;

/**
 * Claims and provenance: each document's statements, grouped within each story by what they assert,
 * with the sources each group rests on, the conflicts among its documents, a summary per story,
 * paraphrase links between documents that restate each other, and whether copies credit their source.
 */
public final class ClaimStage {

    /** The claims, the stories with their summaries, and the reuse pairs with credit and paraphrases. */
    public record Result(List<Claim> claims, List<Story> stories, List<ReusePair> reuse) {
        public Result {
            claims = List.copyOf(claims);
            stories = List.copyOf(stories);
            reuse = List.copyOf(reuse);
        }
    }

    /** What the stage reads: the documents and what the language layer and the earlier stages found. */
    public record Input(List<Document> documents, List<DocumentLanguage> languages, List<Attribution> attributions,
                        EntityIndex entities, List<Story> stories, List<ReusePair> reuse) {
        public Input {
            documents = List.copyOf(documents);
            languages = List.copyOf(languages);
            attributions = List.copyOf(attributions);
            Objects.requireNonNull(entities, "entities");
            stories = List.copyOf(stories);
            reuse = List.copyOf(reuse);
        }
    }

    private final SentenceEmbedder embedder;
    private final ClaimSettings settings;

    public ClaimStage(SentenceEmbedder embedder, ClaimSettings settings) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Result run(Input in, Progress progress) {
        Map<String, Document> documents = in.documents().stream()
                .collect(Collectors.toMap(Document::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<Statement>> statements = statements(in, documents);
        SourceKeys keys = new SourceKeys(in.entities(), in.documents());
        List<Attribution> attributions = Speech.withImpliedOutlets(in.attributions());
        Map<String, List<Attribution>> attributionsOf = attributions.stream()
                .collect(Collectors.groupingBy(Attribution::document));
        ProvenanceTracer tracer = new ProvenanceTracer(attributions, keys, in.documents());
        ConflictFinder conflicts = new ConflictFinder(new EntityMentions(in.entities().entities()), times(in));
        ParaphraseLinker paraphrases = new ParaphraseLinker(settings, documents);
        Set<String> copied = ParaphraseLinker.keys(in.reuse());
        List<Claim> claims = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        List<ReusePair> linked = new ArrayList<>();
        int done = 0;
        for (Story story : in.stories()) {
            progress.update("claims", done, in.stories().size());
            List<Statement> own = story.documents().stream()
                    .flatMap(d -> statements.getOrDefault(d, List.of()).stream()).toList();
            List<Attribution> storyAttributions = story.documents().stream()
                    .flatMap(d -> attributionsOf.getOrDefault(d, List.of()).stream()).toList();
            StatementMatcher matcher = new StatementMatcher(settings, own, embedder.embed(texts(own)));
            List<StatementMatcher.Match> matches = matcher.matches();
            List<Claim> storyClaims = new ArrayList<>();
            for (List<Statement> group : ClaimGrouping.group(own, matches, matcher)) {
                ProvenanceTracer.Provenance p = tracer.trace(group, storyAttributions);
                storyClaims.add(new Claim("c" + (claims.size() + storyClaims.size() + 1), story.id(), group,
                        p.sources(), p.firstDocument(), p.repeatedUnsourced(), p.sources().isEmpty(),
                        conflicts.find(group)));
            }
            claims.addAll(storyClaims);
            stories.add(story.withSummary(StorySummarizer.summarize(story, storyClaims)));
            linked.addAll(paraphrases.link(own, matches, copied));
            progress.update("claims", ++done, in.stories().size());
        }
        CreditCheck credit = new CreditCheck(documents, attributionsOf, keys);
        List<ReusePair> reuse = new ArrayList<>(in.reuse());
        reuse.addAll(linked);
        reuse.replaceAll(credit::check);
        reuse.sort(Comparator.comparing(ReusePair::a).thenComparing(ReusePair::b));
        return new Result(claims, stories, reuse);
    }

    private static Map<String, List<Statement>> statements(Input in, Map<String, Document> documents) {
        StatementReader reader = new StatementReader(in.attributions());
        Map<String, List<Statement>> statements = new HashMap<>();
        for (DocumentLanguage language : in.languages()) {
            Document d = documents.get(language.document());
            if (d != null) {
                statements.put(d.id(), reader.read(d, language));
            }
        }
        return statements;
    }

    private static Map<String, List<TimeExpression>> times(Input in) {
        return in.languages().stream().collect(Collectors.toMap(DocumentLanguage::document, DocumentLanguage::times,
                (a, b) -> a));
    }

    private static List<String> texts(List<Statement> statements) {
        return statements.stream().map(Statement::text).toList();
    }
}
