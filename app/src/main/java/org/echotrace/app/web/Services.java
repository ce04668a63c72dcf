package org.echotrace.app.web;

import java.util.Objects;
import java.util.Optional;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoredArticle;
import org.echotrace.store.StoryReport;

/**
 * What the routes work with: the store (read directly), the way to write into it, the write token, and
 * the services shared by pages and API.
 *
 * @param maxBody the largest request body accepted, in bytes
 */
public record Services(ArticleStore store, ArticleWriter writer, AccessToken token, TextCheck check,
                       OutletGraphs outlets, long maxBody) {

    public Services {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outlets, "outlets");
        if (maxBody < 1) {
            throw new IllegalArgumentException("maxBody must be positive, was " + maxBody);
        }
    }

    /** The article looked up as {@code id}, or a 404 {@link RequestProblem}. */
    public static StoredArticle found(Optional<StoredArticle> article, String id) {
        return article.orElseThrow(() -> RequestProblem.notFound("no document " + id));
    }

    /** The report of a stored story, or a 404 {@link RequestProblem}. */
    public StoryReport storyReport(String id) {
        return storyReport(id, false);
    }

    /** @param sources whether documents keep their {@code source} (file paths on this server) */
    public StoryReport storyReport(String id, boolean sources) {
        return store.read(reader -> reader.report(id, sources)).orElseThrow(() -> RequestProblem.notFound("no story " + id));
    }

    /** The usual wiring over one store opened for writing. */
    public static Services over(ArticleStore store, ArticleWriter writer, AccessToken token, long maxBody) {
        return new Services(store, writer, token, new TextCheck(store, maxBody, writer.language()),
                new OutletGraphs(store), maxBody);
    }
}
