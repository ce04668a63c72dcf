package org.echotrace.app.web.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.echotrace.app.render.Html;

/** Links between the pages; ids may contain anything, so they are percent-encoded, then escaped. */
final class Links {

    private Links() {
    }

    static String document(String id) {
        return "/documents/" + segment(id);
    }

    static String story(String id) {
        return "/stories/" + segment(id);
    }

    /** {@code <a href="...">text</a>}, both escaped. */
    static String a(String href, String text) {
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>";
    }

    /**
     * An article's URL as a link only when it is http or https; anything else ({@code javascript:},
     * {@code data:}) is shown as text and never made clickable.
     */
    static String external(String url) {
        if (url == null) {
            return "";
        }
        try {
            String scheme = URI.create(url.strip()).getScheme();
            if (scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))) {
                return "<a rel=\"noopener noreferrer nofollow\" href=\"" + Html.escape(url.strip()) + "\">"
                        + Html.escape(url) + "</a>";
            }
        } catch (IllegalArgumentException e) {
            // not a URL: shown as text below
        }
        return Html.escape(url);
    }

    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
