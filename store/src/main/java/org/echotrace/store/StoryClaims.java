package org.echotrace.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.echotrace.Progress;
import org.echotrace.analysis.Analyzer;
import org.echotrace.domain.Claim;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.language.DocumentLanguage;

/**
 * The claim groups of one stored story, made by the same {@link Analyzer} as a batch report, from the
 * language annotations the store kept (nothing is parsed again). A story's claims change whenever an
 * article joins it, so they are kept with the members they were made from, and made again when those
 * differ.
 */
final class StoryClaims {

    /** A story's claims as stored, with the members they were made from. */
    record Stored(String story, List<String> members, List<Claim> claims) {
        Stored {
            Objects.requireNonNull(story, "story");
            members = List.copyOf(members);
            claims = List.copyOf(claims);
        }

        boolean current(Story now) {
            return members.equals(now.documents());
        }
    }

    private final Analyzer analyzer;

    StoryClaims(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    Stored of(Snapshot snapshot, Story story) {
        Members members = Members.read(snapshot, story.documents());
        return new Stored(story.id(), story.documents(),
                claims(members, pairsAmong(snapshot, story.documents()), story));
    }

    /** The claims a new article would share with a story's members, were it stored. */
    List<Claim> withArticle(Snapshot snapshot, Story story, Document article, DocumentLanguage language,
                            List<ReusePair> reuse) {
        Members stored = Members.read(snapshot, story.documents());
        stored.documents().add(article);
        stored.languages().add(language);
        List<String> members = new ArrayList<>(story.documents());
        members.add(article.id());
        List<ReusePair> pairs = new ArrayList<>(pairsAmong(snapshot, story.documents()));
        pairs.addAll(reuse);
        Story joined = new Story(story.id(), story.title(), members, story.from(), story.to());
        return claims(stored, pairs, joined).stream()
                .filter(claim -> claim.documents().contains(article.id()) && claim.documents().size() > 1)
                .toList();
    }

    private List<Claim> claims(Members members, List<ReusePair> pairs, Story story) {
        return analyzer.assemble(members.documents(), pairs, List.of(story), members.languages(), List.of(),
                Progress.NONE).claims();
    }

    /** Stored articles with their language (empty for those stored without NLP), in parallel lists. */
    private record Members(List<Document> documents, List<DocumentLanguage> languages) {
        static Members read(Snapshot snapshot, List<String> ids) {
            Members members = new Members(new ArrayList<>(), new ArrayList<>());
            for (String id : ids) {
                snapshot.article(id).ifPresent(article -> {
                    members.documents.add(article.document());
                    members.languages.add(article.language() != null ? article.language()
                            : DocumentLanguage.empty(article.document().id()));
                });
            }
            return members;
        }
    }

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
        return pairs;
    }
}
