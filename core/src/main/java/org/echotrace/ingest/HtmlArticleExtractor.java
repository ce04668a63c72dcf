package org.echotrace.ingest;

import org.jsoup.nodes.Document;

/** Finds the article in a web page: metadata from the markup, text from the main content block. */
final class HtmlArticleExtractor {

    private HtmlArticleExtractor() {
    }

    /** @param baseUri the page's address, for resolving relative links; may be empty */
    static HtmlArticle extract(String html, String baseUri) throws InputProblem {
        Document page = PageParser.parse(html, baseUri);
        PageMetadata metadata = HtmlMetadataReader.read(page, baseUri == null ? "" : baseUri);
        String text = ArticleText.find(page.body(), metadata.published() == null);
        if (text.isBlank()) {
            throw new InputProblem("no article text found in HTML");
        }
        return new HtmlArticle(metadata, text);
    }
}
