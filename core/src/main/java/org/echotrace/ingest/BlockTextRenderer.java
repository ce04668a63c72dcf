package org.echotrace.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as plain text the way a reader sees it: each block (paragraph, heading, list item)
 * on its own line with a blank line between blocks, {@code <br>} as a line break, and runs of spaces
 * collapsed.
 */
final class BlockTextRenderer implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "address",
            "hr", "header", "footer", "figcaption", "center", "details", "summary");

    private final StringBuilder out = new StringBuilder();

    private BlockTextRenderer() {
    }

    static String render(Element element) {
        BlockTextRenderer renderer = new BlockTextRenderer();
        NodeTraversor.traverse(renderer, element);
        return renderer.result();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendWords(text.text());
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                out.append('\n');
            } else if (BLOCKS.contains(element.normalName())) {
                out.append("\n\n");
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            out.append("\n\n");
        }
    }

    private void appendWords(String text) {
        String collapsed = text.replaceAll("[\\s\\u00A0]+", " ");
        boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        out.append(atLineStart ? collapsed.stripLeading() : collapsed);
    }

    private String result() {
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n", -1)) {
            text.append(line.strip()).append('\n');
        }
        return text.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
