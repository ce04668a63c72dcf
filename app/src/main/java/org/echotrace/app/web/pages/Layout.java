package org.echotrace.app.web.pages;

import org.echotrace.app.render.Html;

/** The frame of every page: head with the server's stylesheets only, the header and its navigation. */
final class Layout {

    private Layout() {
    }

    /** @param title plain text (escaped here); {@code body} is HTML already escaped by its maker */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · echotrace</title>"
                + "<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/static/report.css\"><link rel=\"stylesheet\" href=\"/static/web.css\">"
                + "</head><body><header class=\"site\"><a class=\"brand\" href=\"/\">echotrace</a><nav>"
                + "<a href=\"/\">Search</a><a href=\"/check\">Check a text</a><a href=\"/outlets\">Outlets</a><a href=\"/openapi.json\">API</a>"
                + "</nav></header><main>" + body + "</main></body></html>\n";
    }
}
