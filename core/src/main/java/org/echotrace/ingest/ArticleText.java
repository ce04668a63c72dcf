package org.echotrace.ingest;

import org.jsoup.nodes.Element;

/**
 * The main text of a page's body, found by a chain of attempts from the strictest to the most lenient: a
 * page whose article sits inside a block named like noise ({@code class="has-sidebar"}), inside page chrome
 * or inside an unclosed element is read by a later attempt instead of being lost. The first attempt that
 * finds an article-sized text wins; when none does, the first text found by an attempt that still removes
 * page chrome (the code-only attempt would offer a menu as a page's text); when there is none either, the
 * page is a list of teasers (a section's front page) and its teasers are its text.
 */
final class ArticleText {
    /** Shorter than this, a text is taken for a fragment the strict attempt left, and a lenient one is tried. */
    static final int ARTICLE_MIN_LENGTH = 250;

    private final NamedLead namedLead;
    /** The page's markup gives no publication date: a date line in the text may be the only one. */
    private final boolean undated;
    private String fragment = "";
    private String teasers = "";

    private ArticleText(NamedLead namedLead, boolean undated) {
        this.namedLead = namedLead;
        this.undated = undated;
    }

    /** @param undated the page's markup gives no publication date */
    static String find(Element body, boolean undated) {
        // read before any attempt prunes the body: the page's header, where leads often sit, goes as chrome
        return new ArticleText(NamedLead.of(body), undated).search(body);
    }

    private String search(Element body) {
        HtmlNoisePruner.Level[] levels = HtmlNoisePruner.Level.values();
        for (int i = 0; i < levels.length; i++) {
            // the last attempt may change the body itself; the others work on a copy
            Element attempt = i == levels.length - 1 ? body : body.clone();
            HtmlNoisePruner.prune(attempt, levels[i]);
            String text = textOf(MainContentFinder.find(attempt), attempt, levels[i]);
            if (text.length() >= ARTICLE_MIN_LENGTH) {
                return text;
            }
            if (fragment.isEmpty() && levels[i] != HtmlNoisePruner.Level.CODE) {
                fragment = text;
            }
        }
        return fragment.isEmpty() ? teasers : fragment;
    }

    private static String joinParagraphs(String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> !part.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n\n"));
    }

    /** The block's text without its link lists; the first attempt's block with them is kept as a last resort. */
    private String textOf(Element content, Element page, HtmlNoisePruner.Level level) {
        if (teasers.isEmpty() && level != HtmlNoisePruner.Level.CODE) {
            teasers = BlockTextRenderer.render(content);
        }
        LinkListPruner.prune(content);
        String lead = LeadBeforeBlock.find(content, page);
        String text = DateOnlyLines.remove(BlockTextRenderer.render(content), undated);
        String named = namedLead.before(text, lead);
        return joinParagraphs(named, lead, text);
    }
}
