package org.echotrace.ingest;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article's paragraphs, the way readability tools do: every paragraph of
 * real prose gives its length to its parent and half to its grandparent; the best scored element wins.
 * When the winner's siblings hold prose too (an article split over several blocks), their parent is taken.
 */
final class MainContentFinder {
    private static final int MIN_PARAGRAPH_LENGTH = 25;
    /** Paragraphs that are mostly link text are lists of links, not prose. */
    private static final double MAX_LINK_SHARE = 0.5;
    /** Sibling blocks holding this share of the winner's score are part of the same article. */
    private static final double SIBLING_SHARE = 0.3;

    private MainContentFinder() {
    }

    /** The element to take the text from; the root itself when no paragraph qualifies. */
    static Element find(Element root) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : root.select("p, pre, blockquote, td, li")) {
            double score = proseScore(paragraph);
            if (score > 0) {
                addScore(scores, paragraph.parent(), score);
                Element grandparent = paragraph.parent() == null ? null : paragraph.parent().parent();
                addScore(scores, grandparent, score / 2);
            }
        }
        Element best = scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(root);
        return hasProseSiblings(best, scores) ? best.parent() : best;
    }

    private static double proseScore(Element paragraph) {
        String text = paragraph.text();
        // a list item or cell wrapping paragraphs: the paragraphs inside are counted themselves
        boolean wrapsParagraphs = !paragraph.is("p") && paragraph.selectFirst("p") != null;
        if (text.length() < MIN_PARAGRAPH_LENGTH || wrapsParagraphs) {
            return 0;
        }
        int linkText = paragraph.select("a").text().length();
        return (double) linkText / text.length() > MAX_LINK_SHARE ? 0 : text.length();
    }

    private static void addScore(Map<Element, Double> scores, Element element, double score) {
        if (element != null) {
            scores.merge(element, score, Double::sum);
        }
    }

    private static boolean hasProseSiblings(Element best, Map<Element, Double> scores) {
        if (best.parent() == null) {
            return false;
        }
        double own = scores.getOrDefault(best, 0.0);
        double siblings = best.siblingElements().stream().mapToDouble(s -> scores.getOrDefault(s, 0.0)).sum();
        return own > 0 && siblings >= own * SIBLING_SHARE;
    }
}
