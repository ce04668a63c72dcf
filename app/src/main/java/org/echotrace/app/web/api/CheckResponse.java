package org.echotrace.app.web.api;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.Claim;
import org.echotrace.domain.Direction;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.Published;
import org.echotrace.domain.ReuseKind;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;
import org.echotrace.domain.Story;
import org.echotrace.store.CheckResult;
import org.echotrace.store.StoreReader;
import org.echotrace.store.StoredArticle;

/**
 * What {@code POST /api/check} answers: the text as cleaned (every {@code inText} offset points into it),
 * the stored articles it shares passages with, and the story it would join.
 *
 * @param story  null when it would found a new story
 * @param claims claim groups of that story the text repeats, as in report.json's {@code claims} (its
 *               statements in the checked text have document {@code "(checked text)"})
 */
public record CheckResponse(Checked text, List<Match> matches, StoryMatch story, List<Claim> claims) {

    public record Checked(String title, Published published, String text) {
    }

    /**
     * One stored article the text shares passages with.
     *
     * @param coverageOfText   share of the checked text's words in the passages, 0..1
     * @param coverageOfStored share of the stored article's words in them
     * @param direction        which way the words went, where dates tell: {@code stored-to-text}, {@code text-to-stored}, {@code unknown}
     */
    public record Match(String document, String title, String outlet, Published published, String story, ReuseKind kind,
                        int sharedWords, double coverageOfText, double coverageOfStored, String direction,
                        List<MatchedPassage> passages) {
    }

    /** A shared passage: where it is in the checked text and in the stored article, and both texts. */
    public record MatchedPassage(Span inText, Span inStored, int words, double identity, String text, String stored) {
    }

    public record StoryMatch(String id, String title, int documents, double similarity) {
    }

    /** The answer for {@code result}, the stored articles it matched read from the commit it was checked against. */
    static CheckResponse of(CheckResult result, StoreReader store) {
        Document checked = result.document();
        List<Match> matches = new ArrayList<>();
        for (ReusePair pair : result.reuse()) {
            boolean textIsA = pair.a().equals(checked.id());
            String other = textIsA ? pair.b() : pair.a();
            store.article(other).map(StoredArticle::document).ifPresent(document -> matches.add(new Match(other,
                    document.title(), document.outlet(), document.published(),
                    store.storyOf(other).map(Story::id).orElse(null), pair.kind(), pair.sharedWords(),
                    textIsA ? pair.coverageA() : pair.coverageB(), textIsA ? pair.coverageB() : pair.coverageA(),
                    direction(pair, textIsA),
                    pair.passages().stream().map(p -> passage(p, textIsA, checked, document)).toList())));
        }
        StoryMatch story = result.story() == null ? null : new StoryMatch(result.story().id(), result.story().title(),
                result.story().documents().size(), result.similarity());
        return new CheckResponse(new Checked(checked.title(), checked.published(), checked.text()), matches, story,
                result.claims());
    }

    private static MatchedPassage passage(Passage p, boolean textIsA, Document checked, Document stored) {
        Span inText = textIsA ? p.a() : p.b();
        Span inStored = textIsA ? p.b() : p.a();
        return new MatchedPassage(inText, inStored, p.words(), p.identity(), inText.of(checked.text()),
                inStored.of(stored.text()));
    }

    private static String direction(ReusePair pair, boolean textIsA) {
        if (pair.direction() == Direction.UNKNOWN) {
            return "unknown";
        }
        boolean fromA = pair.direction() == Direction.A_TO_B;
        return fromA == textIsA ? "text-to-stored" : "stored-to-text";
    }
}
