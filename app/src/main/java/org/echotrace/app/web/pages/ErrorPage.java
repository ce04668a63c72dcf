package org.echotrace.app.web.pages;

import org.echotrace.app.render.Html;

/** The page shown for a failed page request; the message may quote the request, so it is escaped. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static String render(int status, String message) {
        return Layout.page("Error " + status, "<h2>Error " + status + "</h2><p class=\"error\">" + Html.escape(message)
                + "</p><p><a href=\"/\">Back to search</a></p>");
    }
}
