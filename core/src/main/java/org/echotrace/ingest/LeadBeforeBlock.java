package org.echotrace.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The standfirst above an article's body: its subheading, deck or lead, which pages put in a box of their
 * own beside the body's ({@code <h2 class="article-deck">} before {@code <div class="article-body">}), so
 * the body block alone misses it. Taken are the headings and short link-free paragraphs right before the
 * block, a few levels up; the first sibling that is long or links elsewhere ends the search.
 */
final class LeadBeforeBlock {
    /** The block and its parent: measured, looking 4 levels up gains nothing and keeps one more line of chrome. */
    private static final int LEVELS = 2;
    private static final int MAX_LENGTH = 300;
    private static final Set<String> LEAD_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p");

    private LeadBeforeBlock() {
    }

    /** The lead's text, paragraphs on their own lines; empty when there is none. */
    static String find(Element block, Element root) {
        Deque<String> lead = new ArrayDeque<>();
        Element current = block;
        for (int level = 0; level < LEVELS && current != root && current.parent() != null; level++) {
            for (Element sibling = current.previousElementSibling(); sibling != null;
                    sibling = sibling.previousElementSibling()) {
                String text = sibling.text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (!isLead(sibling, text)) {
                    return String.join("\n\n", lead);
                }
                lead.addFirst(BlockTextRenderer.render(sibling));
            }
            current = current.parent();
        }
        return String.join("\n\n", lead);
    }

    private static boolean isLead(Element element, String text) {
        return LEAD_TAGS.contains(element.normalName()) && text.length() <= MAX_LENGTH && element.selectFirst("a[href]") == null;
    }
}
