package org.echotrace.ingest;

import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes from the article's block what readers see as lists of links rather than text: teaser rails
 * ("More from ...", "Weitere Artikel"), tag clouds, "read also" boxes, pagination. A block goes when most of
 * its text is link text; the heading right before it ("Mehr zum Thema", "Read more") goes with it, and so
 * does a heading left at the very end of the article with nothing under it. Paragraphs with a few links in
 * a sentence stay.
 */
final class LinkListPruner {
    private static final double MAX_LINK_SHARE = 0.5;
    /** A teaser card: a linked headline and a short summary. */
    private static final int TEASER_MAX_LENGTH = 400;
    private static final String LIST_BLOCKS = "div, section, ul, ol, dl, table, p, li";
    private static final Set<String> HEADINGS = BlockStats.HEADINGS;

    /** A block holding this share of the article's prose is part of it, however many links sit beside the text. */
    private static final double HELD_PROSE_SHARE = 0.5;

    /** Past the article's last block of this length, shorter blocks that link somewhere are furniture. */
    private static final int PARAGRAPH_MIN_LENGTH = 150;
    /** Their link text share: over a tenth (any link at all drops more of Readability's expected text). */
    private static final double TAIL_LINK_SHARE = 0.1;
    private static final Set<String> TAIL_BLOCKS = Set.of("p", "li", "div", "section", "h1", "h2", "h3", "h4", "h5",
            "h6", "dd", "dt", "td", "ul", "ol", "table", "blockquote");

    /** Longer headings are a deck or a lead set as a heading, not a section's label (40: one more kept line). */
    private static final int LABEL_MAX_LENGTH = 80;

    private LinkListPruner() {
    }

    static void prune(Element content) {
        BlockStats stats = BlockStats.measure(content);
        Map<Element, Double> prose = MainContentFinder.proseBelow(content);
        double articleProse = prose.getOrDefault(content, 0.0);
        Elements blocks = content.select(LIST_BLOCKS);
        for (Element block : blocks) {
            // a block holding much of the article is no list, even when long link rails beside the text outweigh it
            boolean holdsArticle = prose.getOrDefault(block, 0.0) >= articleProse * HELD_PROSE_SHARE;
            if (block != content && block.parent() != null && stats.textLength(block) > 0
                    && stats.linkShare(block) > MAX_LINK_SHARE && !holdsArticle) {
                Element heading = headingBefore(block);
                block.remove();
                if (heading != null) {
                    heading.remove();
                }
            }
        }
        removeTeasers(content, stats);
        removeTrailingHeadings(content);
        removeLinkedLinesAtTheEnd(content, stats);
        removeEmptySections(content);
    }

    /**
     * A short heading followed by nothing but a heading of the same or a higher rank labels a section whose
     * body was removed ("Mehr zum Thema" over a rail that is gone) or never was text.
     */
    private static void removeEmptySections(Element content) {
        java.util.List<Element> empty = new java.util.ArrayList<>();
        Element[] open = {null};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element && HEADINGS.contains(element.normalName())) {
                if (open[0] != null && rank(element) <= rank(open[0]) && open[0].text().length() <= LABEL_MAX_LENGTH) {
                    empty.add(open[0]);
                }
                open[0] = element;
            } else if (open[0] != null && node instanceof org.jsoup.nodes.TextNode text && !text.isBlank()
                    && !isInsideHeading((Element) text.parent())) {
                open[0] = null;
            }
        }, content);
        empty.forEach(Element::remove);
    }

    private static int rank(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }

    /**
     * A headline that is a link, with a line or two under it, is a teaser for another article (an article's
     * own section headings are not links): the card goes, or the headline alone when its block is larger.
     * A headline is a link when it holds one or sits inside one ({@code <a href><h2>...</h2></a>}: a card
     * made clickable as a whole).
     */
    private static void removeTeasers(Element content, BlockStats stats) {
        for (Element heading : content.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.parent() == null
                    || (stats.linkShare(heading) <= MAX_LINK_SHARE && heading.closest("a[href]:not([href^=#])") == null)) {
                continue;
            }
            Element card = heading.parent();
            boolean smallCard = card != content && stats.textLength(card) <= TEASER_MAX_LENGTH;
            (smallCard ? card : heading).remove();
        }
    }

    /** Headings after the last paragraph introduce what was removed, not anything the reader gets. */
    private static void removeTrailingHeadings(Element content) {
        Elements all = content.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element element = all.get(i);
            if (HEADINGS.contains(element.normalName())) {
                element.remove();
            } else if (element.hasText() && !isInsideHeading(element)) {
                return;
            }
        }
    }

    /**
     * After the article's last long paragraph, a short block holding a link points elsewhere: "Mehr Infos
     * unter ...", an app or a newsletter, a teaser headline, a login prompt, a press contact (trafilatura tests
     * a page's last elements for links the same way). Walked from the end; the first long block ends it.
     */
    private static void removeLinkedLinesAtTheEnd(Element content, BlockStats stats) {
        Elements all = content.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element element = all.get(i);
            int length = stats.textLength(element);
            if (!TAIL_BLOCKS.contains(element.normalName()) || length == 0) {
                continue;
            }
            if (length >= PARAGRAPH_MIN_LENGTH) {
                return;
            }
            if (stats.linkShare(element) > TAIL_LINK_SHARE && element.selectFirst("a[href]") != null) {
                element.remove();
            }
        }
    }

    private static boolean isInsideHeading(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (HEADINGS.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static Element headingBefore(Element block) {
        Element previous = block.previousElementSibling();
        return previous != null && HEADINGS.contains(previous.normalName()) ? previous : null;
    }
}
