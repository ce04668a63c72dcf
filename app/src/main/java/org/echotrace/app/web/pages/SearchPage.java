package org.echotrace.app.web.pages;

import java.util.List;
import java.util.Locale;
import org.echotrace.app.render.Html;
import org.echotrace.domain.Published;
import org.echotrace.domain.Story;
import org.echotrace.store.SearchQuery;
import org.echotrace.store.SearchResults;
import org.echotrace.store.StoreStats;

/** {@code /}: the search form, the hits of a search with snippets, and the latest stories. */
final class SearchPage {

    private SearchPage() {
    }

    /** @param results null when nothing was searched for yet */
    static String render(SearchQuery query, SearchResults results, List<Story> latest, StoreStats stats) {
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"summary\">").append(String.format(Locale.ROOT,
                "The store holds %d articles in %d stories, with %d reuse pairs.", stats.articles(), stats.stories(),
                stats.reusePairs())).append("</p>");
        appendForm(html, query);
        if (results != null) {
            appendResults(html, query, results);
        }
        html.append("<section id=\"latest\"><h2>Latest stories</h2>");
        StoryTable.append(html, latest);
        html.append("</section>");
        return Layout.page("Search", html.toString());
    }

    private static void appendForm(StringBuilder html, SearchQuery q) {
        html.append("<form class=\"search card\" method=\"get\" action=\"/\" role=\"search\">")
                .append(field("q", "Words", "search", q.text(), "words, \"a phrase\", -not"))
                .append(field("entity", "Entity", "text", q.entity(), "a person, organisation or place"))
                .append(field("outlet", "Outlet", "text", q.outlet(), ""))
                .append(field("from", "From", "date", q.from() == null ? null : q.from().toString(), ""))
                .append(field("to", "To", "date", q.to() == null ? null : q.to().toString(), ""))
                .append("<button type=\"submit\">Search</button></form>");
    }

    private static String field(String name, String label, String type, String value, String placeholder) {
        return "<label>" + label + " <input type=\"" + type + "\" name=\"" + name + "\" value=\""
                + Html.escape(value) + "\" placeholder=\"" + Html.escape(placeholder) + "\"></label>";
    }

    private static void appendResults(StringBuilder html, SearchQuery query, SearchResults results) {
        html.append("<section id=\"results\"><h2>").append(results.total()).append(results.total() == 1 ? " article" : " articles")
                .append(" found</h2><ol class=\"hits\" start=\"").append(query.offset() + 1).append("\">");
        for (SearchResults.Hit hit : results.hits()) {
            html.append("<li class=\"hit\"><h3>").append(Links.a(Links.document(hit.document()),
                    hit.title() == null ? hit.document() : hit.title())).append("</h3><div class=\"hit-meta\">")
                    .append(Html.escape(hit.outlet() == null ? "outlet unknown" : hit.outlet())).append(" · ")
                    .append(date(hit.published()));
            if (hit.story() != null) {
                html.append(" · story ").append(Links.a(Links.story(hit.story()), hit.story()));
            }
            html.append("</div><p class=\"snippet\">").append(Html.escape(hit.snippet())).append("</p></li>");
        }
        html.append("</ol>");
        appendPager(html, query, results);
        html.append("</section>");
    }

    private static void appendPager(StringBuilder html, SearchQuery query, SearchResults results) {
        html.append("<p class=\"pager\">");
        if (query.offset() > 0) {
            html.append(Links.a(pageLink(query, Math.max(0, query.offset() - query.limit())), "← previous"));
        }
        if (query.offset() + results.hits().size() < results.total()) {
            html.append(Links.a(pageLink(query, query.offset() + query.limit()), "next →"));
        }
        html.append("</p>");
    }

    private static String pageLink(SearchQuery q, int offset) {
        StringBuilder link = new StringBuilder("/?offset=").append(offset);
        param(link, "q", q.text());
        param(link, "entity", q.entity());
        param(link, "outlet", q.outlet());
        param(link, "from", q.from() == null ? null : q.from().toString());
        param(link, "to", q.to() == null ? null : q.to().toString());
        return link.toString();
    }

    private static void param(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append('&').append(name).append('=').append(Links.query(value));
        }
    }

    static String date(Published published) {
        return published == null ? "<span class=\"muted\">date unknown</span>" : Html.escape(published.toString());
    }
}
