package org.echotrace.app.web.pages;

import java.util.List;
import org.echotrace.app.render.Html;
import org.echotrace.domain.Story;

/** A table of stories, each linking to its page. */
final class StoryTable {

    private StoryTable() {
    }

    static void append(StringBuilder html, List<Story> stories) {
        if (stories.isEmpty()) {
            html.append("<p class=\"muted\">No story yet: add articles with echotrace ingest or POST /api/articles.</p>");
            return;
        }
        html.append("<table class=\"stories\"><thead><tr><th>Story</th><th>Title</th><th>Articles</th><th>Dates</th>")
                .append("</tr></thead><tbody>");
        for (Story story : stories) {
            html.append("<tr><td>").append(Links.a(Links.story(story.id()), story.id())).append("</td><td>")
                    .append(Html.escape(story.title())).append("</td><td>").append(story.documents().size())
                    .append("</td><td>").append(SearchPage.date(story.from()));
            if (story.to() != null && !story.to().equals(story.from())) {
                html.append(" – ").append(SearchPage.date(story.to()));
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table>");
    }
}
