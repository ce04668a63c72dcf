package org.echotrace.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The article's lead where the page names it as such ({@code class="article__intro"}, {@code "chapo"},
 * {@code "standfirst"}) but sets it apart from the body: in the page's header, which is pruned as chrome,
 * or several levels above the body block. Found on the page before anything is pruned, it is taken when it
 * comes shortly before the body in the page's text and the body does not already hold it.
 */
final class NamedLead {
    /** Names of a lead, deck or standfirst in the languages of the pages measured (docs/evaluation.md). */
    private static final Set<String> LEAD_WORDS = Set.of("intro", "lead", "deck", "chapo", "chapeau", "abstract",
            "standfirst", "bajada", "subheadline", "subtitle", "entradilla", "sottotitolo", "lede", "dek");
    private static final java.util.regex.Pattern LEAD_PART = java.util.regex.Pattern.compile(
            String.join("|", LEAD_WORDS), java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final int MIN_LENGTH = 20;
    private static final int MAX_LENGTH = 700;
    /** How much page text may sit between the lead and the body (a byline, a date, a caption; 600: fewer found). */
    private static final int MAX_GAP = 1500;
    private static final double MAX_LINK_SHARE = 0.3;

    private final List<String> leads;
    private final String pageText;

    private NamedLead(List<String> leads, String pageText) {
        this.leads = leads;
        this.pageText = pageText;
    }

    /** The named leads of a page, read before it is pruned. */
    static NamedLead of(Element body) {
        List<String> leads = new ArrayList<>();
        collect(body, leads);
        return new NamedLead(leads, leads.isEmpty() ? "" : normalise(body.text()));
    }

    private static void collect(Element element, List<String> leads) {
        for (Element child : element.children()) {
            // the innermost named box: an "intro" wrapper also holds the headline and the breadcrumbs
            if (isNamedLead(child) && !holdsNamedLead(child)) {
                String text = normalise(child.text());
                if (text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH && linkShare(child, text) <= MAX_LINK_SHARE) {
                    leads.add(text);
                }
            } else {
                collect(child, leads);
            }
        }
    }

    /** The leads that come before the body in the page and that neither the body nor its standfirst holds. */
    String before(String bodyText, String standfirst) {
        if (leads.isEmpty()) {
            return "";
        }
        String body = normalise(bodyText);
        String held = normalise(standfirst) + " " + body;
        int bodyStart = pageText.indexOf(body.substring(0, Math.min(40, body.length())));
        List<String> taken = new ArrayList<>();
        for (String lead : leads) {
            int at = pageText.indexOf(lead);
            boolean shortlyBefore = bodyStart >= 0 && at >= 0 && at + lead.length() <= bodyStart
                    && bodyStart - (at + lead.length()) <= MAX_GAP;
            if (shortlyBefore && !held.contains(lead)) {
                taken.add(lead);
            }
        }
        return String.join("\n\n", taken);
    }

    private static boolean holdsNamedLead(Element element) {
        return element.select("*").stream().skip(1).anyMatch(NamedLead::isNamedLead);
    }

    private static boolean isNamedLead(Element element) {
        if (element.className().isEmpty() && element.id().isEmpty()) {
            return false;
        }
        String className = element.className();
        String id = element.id();
        // most names hold no lead word even as a part: a cheap test first, words only then (camelCase split)
        if (!LEAD_PART.matcher(className).find() && !LEAD_PART.matcher(id).find()) {
            return false;
        }
        String names = (className + " " + id).replaceAll("([a-z])([A-Z])", "$1 $2");
        return Arrays.stream(names.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).anyMatch(LEAD_WORDS::contains);
    }

    private static double linkShare(Element element, String text) {
        int links = element.select("a[href]").stream().mapToInt(a -> a.text().length()).sum();
        return (double) links / text.length();
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
