package org.echotrace.ingest;

import java.io.IOException;
import java.util.Map;

/** A web page is one article; its id is the file name without extension. */
final class HtmlFormat implements ArticleFormat {
    private final long maxBytes;

    HtmlFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(OpenedInput input, ProblemLog log, ArticleSink articles) throws InputProblem, IOException {
        LoadedInput loaded = input.readWhole(maxBytes);
        HtmlArticle article = HtmlArticleExtractor.extract(InputText.decode(loaded, log), "");
        PageMetadata page = article.metadata();
        articles.accept(new RawArticle(loaded.stem(), loaded.source(), null, page.title(), page.outlet(), page.url(),
                page.published(), page.publishedInferred(), article.text(), page.asMetadata(), page.titleInferred(),
                page.outletInferred()));
    }
}
