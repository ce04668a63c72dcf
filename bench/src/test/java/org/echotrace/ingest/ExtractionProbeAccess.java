package org.echotrace.ingest;

import java.io.IOException;
import java.util.function.Function;
import org.jsoup.nodes.Document;

/**
 * The ingest steps of one web page, one at a time, for {@code WebExtractorProbe} (bench test scope): decode,
 * echotrace's own main text, and the cleaning every article goes through, so that another extractor's text
 * can be put in its place and scored exactly as the pipeline would give it.
 */
public final class ExtractionProbeAccess {
    private static final TextCleaner CLEANER = new TextCleaner();

    private ExtractionProbeAccess() {
    }

    public static String decode(byte[] bytes) throws IOException {
        try {
            return TextDecoder.decode(bytes).text();
        } catch (InputProblem problem) {
            throw new IOException(problem.getMessage());
        }
    }

    /** echotrace's main text of the page, before cleaning. */
    public static String ownText(String html) {
        return ArticleText.find(PageParser.parse(html, "").body());
    }

    public static String render(org.jsoup.nodes.Element element) {
        return BlockTextRenderer.render(element);
    }

    /** What the pipeline makes of the page when a given text is its main text: the page's metadata, then cleaning. */
    public static Function<String, org.echotrace.domain.Document> cleaner(String html) {
        Document page = PageParser.parse(html, "");
        PageMetadata meta = HtmlMetadataReader.read(page, "");
        return text -> CLEANER.clean(new RawArticle("page", "page.html", null, meta.title(), meta.outlet(),
                meta.url(), meta.published(), meta.publishedInferred(), text, meta.asMetadata(), meta.titleInferred(),
                meta.outletInferred()));
    }
}
