package org.echotrace.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a tree, computed in one pass from the leaves up, so that asking an
 * element's text length or link share costs nothing and deep nesting stays linear (calling
 * {@code Element.text()} on every element of a deep tree is quadratic).
 */
final class BlockStats {
    /** Inline elements: their text belongs to the block around them. */
    static final Set<String> INLINE = Set.of("a", "b", "i", "em", "strong", "u", "small", "sup", "sub", "abbr",
            "q", "cite", "span", "font", "mark", "time", "code", "s", "del", "ins", "br", "wbr", "img", "label");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** One element's measures; lengths in characters, whitespace runs counted as one. */
    static final class Stat {
        int textLength;
        int linkTextLength;
        /** Text inside headings (h1 to h6). */
        int headingTextLength;
        /** Text of its own text nodes and inline children, not of its block children. */
        int ownTextLength;
        boolean holdsParagraph;
    }

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    private BlockStats() {
    }

    static BlockStats measure(Element root) {
        BlockStats result = new BlockStats();
        NodeTraversor.traverse(result.new Measurer(), root);
        return result;
    }

    Stat of(Element element) {
        Stat stat = stats.get(element);
        return stat == null ? new Stat() : stat;
    }

    int textLength(Element element) {
        return of(element).textLength;
    }

    /** Text length outside headings: what a block adds to an article besides its section titles. */
    int textLengthBesideHeadings(Element element) {
        Stat stat = of(element);
        return stat.textLength - stat.headingTextLength;
    }

    double linkShare(Element element) {
        Stat stat = of(element);
        return stat.textLength == 0 ? 0 : (double) stat.linkTextLength / stat.textLength;
    }

    private final class Measurer implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            Stat stat = new Stat();
            boolean isLink = isLinkToAnotherPage(element);
            boolean isHeading = HEADINGS.contains(element.normalName());
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    int length = collapsedLength(text.getWholeText());
                    stat.textLength += length;
                    stat.ownTextLength += length;
                    stat.linkTextLength += isLink ? length : 0;
                    stat.headingTextLength += isHeading ? length : 0;
                } else if (child instanceof Element childElement) {
                    Stat c = stats.get(childElement);
                    stat.textLength += c.textLength;
                    stat.linkTextLength += isLink ? c.textLength : c.linkTextLength;
                    stat.headingTextLength += isHeading ? c.textLength : c.headingTextLength;
                    stat.holdsParagraph |= c.holdsParagraph || childElement.normalName().equals("p");
                    if (INLINE.contains(childElement.normalName())) {
                        stat.ownTextLength += c.textLength;
                    }
                }
            }
            stats.put(element, stat);
        }
    }

    /**
     * A link leads away from the article; an e-mail address or a phone number written as a link
     * ({@code mailto:}, {@code tel:}) is the article's own text, such as a press contact.
     */
    private static boolean isLinkToAnotherPage(Element element) {
        return element.normalName().equals("a") && !CONTACT_LINK.matcher(element.attr("href")).lookingAt();
    }

    private static final java.util.regex.Pattern CONTACT_LINK = java.util.regex.Pattern.compile(
            "\\s*(?:mailto|tel):", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Length of a text with runs of whitespace counted as one character. */
    static int collapsedLength(String text) {
        int length = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
            if (!space || !inSpace) {
                length++;
            }
            inSpace = space;
        }
        return length;
    }
}
