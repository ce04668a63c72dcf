package org.echotrace.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element holding the article's paragraphs, the way readability tools do: every paragraph of
 * real prose gives its length to its parent and half to its grandparent; the best scored element wins.
 * Articles are often split over several blocks (a lead, body sections, a closing box), so from the winner
 * the search climbs to each parent that adds prose: much prose, or little prose and little else.
 */
final class MainContentFinder {
    private static final int MIN_PARAGRAPH_LENGTH = 25;
    /** Paragraphs that are mostly link text are lists of links, not prose. */
    private static final double MAX_LINK_SHARE = 0.5;
    /** A parent whose other children hold this share of the block's prose is part of the same article. */
    private static final double SIBLING_SHARE = 0.3;
    /** A parent that adds some prose is taken when at least this share of what it adds is prose. */
    private static final double ADDED_PROSE_SHARE = 0.6;
    /** A parent adding no more text than this (a heading, a label) is only a wrapper. */
    private static final int WRAPPER_TEXT_MAX = 20;
    private static final String PARAGRAPHS = "p, pre, blockquote, td, li, dd";
    /** Blocks that hold text themselves, with line breaks instead of paragraphs. */
    private static final String TEXT_BLOCKS = "div, section, article, main, center";
    /**
     * The same as names: {@code Element.is(query)} walks up to the root on every call, which is quadratic on a
     * deeply nested page.
     */
    private static final java.util.Set<String> TEXT_BLOCK_NAMES = java.util.Set.of(TEXT_BLOCKS.split(",\\s*"));

    private final BlockStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** Length of the prose paragraphs inside each element that holds any. */
    private final Map<Element, Double> prose = new IdentityHashMap<>();

    private MainContentFinder(BlockStats stats) {
        this.stats = stats;
    }

    /** The element to take the text from; the root itself when no paragraph qualifies. */
    static Element find(Element root) {
        return new MainContentFinder(BlockStats.measure(root)).search(root);
    }

    /**
     * Length of the prose paragraphs inside each element that holds any (the root included): how much of a
     * page's article an element can hold.
     */
    static Map<Element, Double> proseBelow(Element root) {
        MainContentFinder finder = new MainContentFinder(BlockStats.measure(root));
        finder.measure(root);
        return finder.prose;
    }

    private Element search(Element root) {
        measure(root);
        Element best = markedBody(root).orElseGet(() -> bestScored(root));
        while (best != root && best.parent() != null && addsProse(best, best.parent())) {
            best = best.parent();
        }
        return best;
    }

    /** Scores every paragraph's parents and sums each element's prose. */
    private void measure(Element root) {
        Elements candidates = root.select(PARAGRAPHS + ", " + TEXT_BLOCKS);
        for (Element paragraph : candidates) {
            double score = proseScore(paragraph);
            if (score > 0) {
                Element parent = isTextBlock(paragraph) ? paragraph : paragraph.parent();
                addScore(parent, score);
                addScore(parent == null ? null : parent.parent(), score / 2);
                prose.merge(paragraph, score, Double::sum);
            }
        }
        sumProseUpwards(root);
    }

    /** The best scored element; of equal scores the first in the page, so that every run picks the same one. */
    private Element bestScored(Element root) {
        Element best = root;
        double bestScore = 0;
        for (Element element : root.getAllElements()) {
            double score = scores.getOrDefault(element, 0.0);
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        return best;
    }

    /** The body the page marks itself (schema.org microdata), when it holds prose: where the climb starts. */
    private java.util.Optional<Element> markedBody(Element root) {
        return root.select("[itemprop=articleBody]").stream()
                .filter(e -> prose.getOrDefault(e, 0.0) >= ArticleText.ARTICLE_MIN_LENGTH)
                .findFirst();
    }

    /** Each element's prose becomes the sum of its own and its descendants', children before parents. */
    private void sumProseUpwards(Element root) {
        Elements all = root.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            Double own = prose.get(element);
            if (own != null && element != root && element.parent() != null) {
                prose.merge(element.parent(), own, Double::sum);
            }
        }
    }

    /**
     * The prose of a paragraph: its text length when it is long enough and not mostly links. A block element
     * counts only the text it holds itself (a div with text and line breaks, no paragraphs).
     */
    private double proseScore(Element paragraph) {
        BlockStats.Stat stat = stats.of(paragraph);
        if (isTextBlock(paragraph)) {
            boolean prose = stat.ownTextLength >= MIN_PARAGRAPH_LENGTH && stats.linkShare(paragraph) <= MAX_LINK_SHARE;
            return prose ? stat.ownTextLength : 0;
        }
        // a list item or cell wrapping paragraphs: the paragraphs inside are counted themselves
        boolean wrapsParagraphs = !paragraph.normalName().equals("p") && stat.holdsParagraph;
        if (stat.textLength < MIN_PARAGRAPH_LENGTH || wrapsParagraphs) {
            return 0;
        }
        return stats.linkShare(paragraph) > MAX_LINK_SHARE ? 0 : stat.textLength;
    }

    private static boolean isTextBlock(Element element) {
        return TEXT_BLOCK_NAMES.contains(element.normalName());
    }

    private void addScore(Element element, double score) {
        if (element != null) {
            scores.merge(element, score, Double::sum);
        }
    }

    private boolean addsProse(Element block, Element parent) {
        double own = prose.getOrDefault(block, 0.0);
        double added = prose.getOrDefault(parent, 0.0) - own;
        // section headings between the parts of an article are neither prose nor noise
        double addedText = stats.textLengthBesideHeadings(parent) - stats.textLengthBesideHeadings(block);
        if (own <= 0) {
            return false;
        }
        // a wrapper adding (almost) nothing is climbed through: the article may go on above it
        if (addedText <= WRAPPER_TEXT_MAX) {
            return true;
        }
        return added > 0 && (added >= own * SIBLING_SHARE || added >= addedText * ADDED_PROSE_SHARE);
    }
}
