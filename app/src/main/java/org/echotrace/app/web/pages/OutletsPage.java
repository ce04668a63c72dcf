package org.echotrace.app.web.pages;

import java.time.LocalDate;
import org.echotrace.app.render.Html;
import org.echotrace.app.render.OutletsView;
import org.echotrace.app.web.OutletGraphs;

/** {@code /outlets}: who copies whom among the stored articles, for a range of publication days. */
final class OutletsPage {

    private OutletsPage() {
    }

    static String render(LocalDate from, LocalDate to, OutletGraphs.Answer answer) {
        StringBuilder body = new StringBuilder("<h1>Outlets</h1><form class=\"search\" method=\"get\" action=\"/outlets\">")
                .append("<label>Published from <input type=\"date\" name=\"from\" value=\"").append(day(from))
                .append("\"></label><label> to <input type=\"date\" name=\"to\" value=\"").append(day(to))
                .append("\"></label> <button type=\"submit\">Show</button></form><p class=\"muted\">")
                .append(answer.graph().documents().size()).append(" articles");
        if (answer.stale()) {
            body.append("; articles arrived since this was summed: reload in a moment to count them");
        }
        body.append(". The same as <a href=\"/api/outlets").append(from == null && to == null ? ""
                : Html.escape("?from=" + day(from) + "&to=" + day(to))).append("\">/api/outlets</a>.</p>")
                .append(OutletsView.section(answer.graph(), Links::document));
        return Layout.page("Outlets", body.toString());
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
