package org.echotrace.ingest;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes everything from a page that is not article text: code and forms, navigation and page chrome,
 * hidden elements, {@code javascript:} links, and blocks whose class or id name them as menus, share bars,
 * comments, related links, adverts, cookie notices, newsletters, footers or sidebars.
 */
final class HtmlNoisePruner {
    private static final String NON_TEXT_TAGS = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, form, button, input, select, textarea, nav, header, footer, aside, figure, dialog, menu, "
            + "link, meta, base";
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], "
            + "[role~=(?i)^(navigation|banner|complementary|contentinfo|dialog|menu|search)$]";
    private static final String SCRIPT_LINKS = "a[href~=(?i)^\\s*(javascript|vbscript|data):]";

    private static final Set<String> NOISE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "share", "sharing",
            "social", "comment", "comments", "related", "advert", "advertisement", "adverts", "ad", "ads", "adv",
            "cookie", "cookies", "consent", "subscribe", "subscription", "newsletter", "footer", "sidebar", "promo",
            "promotion", "breadcrumb", "breadcrumbs", "popup", "modal", "banner", "masthead", "sponsored", "outbrain",
            "taboola", "recommended", "trending", "tags", "byline", "author");
    /** Names that mark the article itself; such a block stays even if another of its names sounds like noise. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "content", "main", "body", "story", "entry",
            "text");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "main", "article");
    /** A block named as article content keeps a noisy second name only when it really holds text. */
    private static final int CONTENT_TEXT_MIN = 200;

    private HtmlNoisePruner() {
    }

    static void prune(Element root) {
        root.select(NON_TEXT_TAGS).remove();
        root.select(HIDDEN).remove();
        root.select(SCRIPT_LINKS).remove();
        Elements named = root.select("[class], [id]");
        for (Element element : named) {
            if (element.parent() != null && isNamedNoise(element)) {
                element.remove();
            }
        }
    }

    private static boolean isNamedNoise(Element element) {
        if (NEVER_REMOVED.contains(element.normalName())) {
            return false;
        }
        Set<String> words = nameWords(element);
        if (words.stream().noneMatch(NOISE_WORDS::contains)) {
            return false;
        }
        boolean namedContent = words.stream().anyMatch(CONTENT_WORDS::contains);
        return !(namedContent && element.text().length() >= CONTENT_TEXT_MIN);
    }

    /** "relatedPosts share-bar" -> {related, posts, share, bar}. */
    private static Set<String> nameWords(Element element) {
        String names = (element.className() + " " + element.id()).replaceAll("([a-z])([A-Z])", "$1 $2");
        // a stream, not Set.of: class="nav nav-top" repeats a word, and Set.of throws on duplicates
        return java.util.Arrays.stream(names.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
