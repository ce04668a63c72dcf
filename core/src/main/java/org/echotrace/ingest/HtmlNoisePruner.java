package org.echotrace.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes everything from a page that is not article text: code and forms, navigation and page chrome,
 * hidden elements, {@code javascript:} links, and blocks whose class or id name them as menus, share bars,
 * comments, related links, adverts, cookie notices, newsletters, footers or sidebars.
 */
final class HtmlNoisePruner {
    /** Code and controls; also ruby annotations ({@code rt}, {@code rp}): readings printed above a word, not text. */
    private static final String CODE_TAGS = "script, style, template, iframe, object, embed, svg, canvas, button, "
            + "input, select, textarea, link, meta, base, rt, rp";
    private static final String CHROME_TAGS = "noscript, nav, footer, aside, figure, dialog, menu";
    /**
     * An article's own header holds its lead paragraph ("entry-excerpt", "intro"); the page's header holds
     * a logo and links. A header with a paragraph this long is the article's.
     */
    private static final int LEAD_MIN_LENGTH = 60;
    /** A form wrapping the whole page (as ASP.NET pages do) holds the article; a search or comment form does not. */
    private static final int FORM_TEXT_MAX = 300;
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], "
            + "[role~=(?i)^(navigation|banner|complementary|contentinfo|dialog|menu|search)$]";
    private static final String SCRIPT_LINKS = "a[href~=(?i)^\\s*(javascript|vbscript|data):]";

    private static final Set<String> NOISE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "share", "sharing",
            "social", "comment", "comments", "related", "advert", "advertisement", "adverts", "ad", "ads", "adv",
            "cookie", "cookies", "consent", "subscribe", "subscription", "newsletter", "footer", "sidebar", "promo",
            "promotion", "breadcrumb", "breadcrumbs", "popup", "modal", "banner", "masthead", "sponsored", "outbrain",
            "taboola", "recommended", "trending", "tags", "byline", "author", "caption", "credit", "credits", "copyright",
            "dateline", "timestamp", "teaser", "widget", "pagination", "pager", "toolbar", "print", "rating", "bio", "meta",
            "more", "disclaimer", "disclosure", "donation", "donate");
    /**
     * Noise words that also mark a name they are part of: "navbreadcrumbs", "newsletterbox", "relatedposts",
     * "authorbox", "postratings", "postmetadata", "affiliatelinks", "paywallbox".
     */
    private static final List<String> NOISE_PARTS = List.of("breadcrumb", "newsletter", "comment", "sidebar",
            "related", "social", "sponsor", "cookie", "relacionad", "popup", "sharing", "author", "rating", "metadata",
            "affiliate", "paywall");
    /**
     * Noise only when the block links somewhere: a teaser card links to another article, while German news
     * sites call an article's own lead its "teaser" (measured: "widget", "meta" and "more" treated so lose more).
     */
    private static final Set<String> LINKED_NOISE_WORDS = Set.of("teaser");
    /** Names that mark the article itself; such a block stays even if another of its names sounds like noise. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "content", "main", "body", "story", "entry",
            "text");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "main", "article");
    /** A block named as article content keeps a noisy second name only when it really holds text. */
    private static final int CONTENT_TEXT_MIN = 200;

    /**
     * A block holding this share of the page's prose is where the article is, whatever its name says:
     * page builders name every box a "widget", and some sites wrap the story in a "teaser" block.
     */
    private static final double HELD_PROSE_SHARE = 0.5;

    private HtmlNoisePruner() {
    }

    /** How much to remove: everything that looks like noise, or less when that left no article. */
    enum Level {
        /** Code, page chrome, hidden elements, and blocks whose names say they are noise. */
        ALL,
        /** Code, page chrome and hidden elements, whatever the blocks are named. */
        UNNAMED,
        /** Code only: for pages whose article sits inside chrome (an unclosed noscript, a header). */
        CODE
    }

    static void prune(Element root) {
        prune(root, Level.ALL);
    }

    static void prune(Element root, Level level) {
        root.select(CODE_TAGS).remove();
        root.select(SCRIPT_LINKS).remove();
        if (level == Level.CODE) {
            return;
        }
        root.select(CHROME_TAGS).remove();
        root.select("header").stream().filter(header -> !holdsLead(header)).forEach(Element::remove);
        root.select("form").stream().filter(form -> form.text().length() <= FORM_TEXT_MAX).forEach(Element::remove);
        root.select(HIDDEN).remove();
        if (level == Level.UNNAMED) {
            return;
        }
        Map<Element, Double> prose = MainContentFinder.proseBelow(root);
        double pageProse = prose.getOrDefault(root, 0.0);
        for (Element element : root.select("[class], [id]")) {
            // a block holding much of the page's prose is where the article is, whatever its name says
            if (element.parent() != null && isNamedNoise(element)
                    && prose.getOrDefault(element, 0.0) < pageProse * HELD_PROSE_SHARE) {
                element.remove();
            }
        }
    }

    private static boolean holdsLead(Element header) {
        return header.select("p").stream().anyMatch(p -> p.text().length() >= LEAD_MIN_LENGTH);
    }

    private static boolean isNamedNoise(Element element) {
        if (NEVER_REMOVED.contains(element.normalName())) {
            return false;
        }
        Set<String> words = nameWords(element);
        List<String> noise = words.stream().filter(HtmlNoisePruner::isNoiseWord).toList();
        if (noise.isEmpty() || (LINKED_NOISE_WORDS.containsAll(noise) && element.selectFirst("a[href]") == null)) {
            return false;
        }
        return !(namesArticle(element) && element.text().length() >= CONTENT_TEXT_MIN);
    }

    private static boolean isNoiseWord(String word) {
        return NOISE_WORDS.contains(word) || NOISE_PARTS.stream().anyMatch(word::contains);
    }

    /**
     * Whether one of the element's names is the article's own: a content word not followed by a noise word
     * in the same name. "content has-sidebar" names the article; "ArticlePage-authorInfo" names a part of it.
     */
    private static boolean namesArticle(Element element) {
        return Arrays.stream((element.className() + " " + element.id()).split("\\s+"))
                .map(HtmlNoisePruner::words)
                .anyMatch(words -> {
                    int content = indexOfContentWord(words);
                    return content >= 0 && words.subList(content + 1, words.size()).stream()
                            .noneMatch(HtmlNoisePruner::isNoiseWord);
                });
    }

    private static int indexOfContentWord(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (CONTENT_WORDS.contains(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "relatedPosts share-bar" -> {related, posts, share, bar}. */
    private static Set<String> nameWords(Element element) {
        // Set.copyOf, not Set.of: class="nav nav-top" repeats a word, and Set.of throws on duplicates
        return Set.copyOf(words(element.className() + " " + element.id()));
    }

    /** The words of names in page order: "relatedPosts share-bar" -> [related, posts, share, bar]. */
    private static List<String> words(String names) {
        return Arrays.stream(names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
