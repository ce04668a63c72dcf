package org.echotrace.app.web.pages;

import java.util.Locale;
import org.echotrace.app.render.Html;
import org.echotrace.app.render.ReportSections;
import org.echotrace.app.web.TextCheck;
import org.echotrace.domain.Claim;
import org.echotrace.domain.Conflict;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Statement;
import org.echotrace.store.CheckResult;
import org.echotrace.store.StoreReader;
import org.echotrace.store.StoredArticle;

/**
 * {@code /check}: paste a text or upload a file, and see which stored articles it shares passages with
 * (side by side, shared words highlighted) and which story it would join. Nothing is stored.
 */
final class CheckPage {

    private CheckPage() {
    }

    static String form(String text, String error) {
        StringBuilder html = new StringBuilder("<h1>Check a text</h1><p class=\"muted\">Paste an article or upload a")
                .append(" file (text, HTML or JSON Lines): it is matched against every stored article and not stored.</p>");
        if (error != null) {
            html.append("<p class=\"error\">").append(Html.escape(error)).append("</p>");
        }
        html.append("<form class=\"check card\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">")
                .append("<label for=\"check-text\">Text</label><textarea id=\"check-text\" name=\"text\" rows=\"10\">")
                .append(Html.escape(text)).append("</textarea><label>or a file <input type=\"file\" name=\"file\"></label>")
                .append("<button type=\"submit\">Check</button></form>");
        return html.toString();
    }

    static String render(String text, CheckResult result, StoreReader store) {
        StringBuilder html = new StringBuilder(form(text, null));
        html.append("<section id=\"check-result\"><h2>Result</h2><p class=\"story-match\">");
        if (result.story() == null) {
            html.append("It joins no stored story: it would found a new one.");
        } else {
            html.append("It joins story ").append(Links.a(Links.story(result.story().id()),
                    result.story().id() + ": " + result.story().title())).append(String.format(Locale.ROOT,
                    " (similarity %.2f, %d articles).", result.similarity(), result.story().documents().size()));
        }
        html.append("</p>");
        html.append(claims(result));
        if (result.reuse().isEmpty()) {
            html.append("<p class=\"muted\">It shares no passage with a stored article.</p>");
        } else {
            html.append("<p>It shares passages with ").append(result.reuse().size())
                    .append(result.reuse().size() == 1 ? " stored article" : " stored articles").append(":</p>");
        }
        for (int i = 0; i < result.reuse().size(); i++) {
            ReusePair pair = result.reuse().get(i);
            Document a = side(pair.a(), result, store);
            Document b = side(pair.b(), result, store);
            if (a != null && b != null) {
                String stored = a == result.document() ? b.id() : a.id();
                html.append("<p class=\"match-link\">Stored article: ").append(Links.a(Links.document(stored), stored))
                        .append("</p>").append(ReportSections.sideBySide(pair, a, b, "match-" + (i + 1)));
            }
        }
        html.append("</section>");
        return Layout.page("Check a text", html.toString());
    }

    /** The story's claims the text repeats: each with the stored reports' wording beside the text's. */
    private static String claims(CheckResult result) {
        if (result.claims().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section id=\"claims\"><h3>Claims it repeats</h3><ol class=\"claims\">");
        for (Claim claim : result.claims()) {
            html.append("<li class=\"claim\"><ul>");
            for (Statement statement : claim.statements()) {
                boolean checked = statement.document().equals(TextCheck.CHECKED_ID);
                html.append("<li>").append(checked ? "<strong>this text</strong>"
                                : Links.a(Links.document(statement.document()), statement.document()))
                        .append(": ").append(Html.escape(statement.text())).append("</li>");
            }
            html.append("</ul>");
            if (claim.unattributed()) {
                html.append("<p class=\"muted\">No report gives a source for it.</p>");
            }
            for (Conflict conflict : claim.conflicts()) {
                html.append("<p class=\"conflict\">").append(Html.escape(conflict.kind().toString())).append(": ")
                        .append(Html.escape(String.join(" / ", conflict.values().stream()
                                .map(v -> v.value() + " (" + String.join(", ", v.documents()) + ")").toList())))
                        .append("</p>");
            }
            html.append("</li>");
        }
        return html.append("</ol></section>").toString();
    }

    private static Document side(String id, CheckResult result, StoreReader store) {
        if (id.equals(TextCheck.CHECKED_ID)) {
            return result.document();
        }
        return store.article(id).map(StoredArticle::document).orElse(null);
    }
}
