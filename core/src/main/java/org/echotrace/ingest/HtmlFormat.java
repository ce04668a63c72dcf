package org.echotrace.ingest;

import java.util.List;
import java.util.Map;

/** A web page is one article; its id is the file name without extension. */
final class HtmlFormat implements ArticleFormat {

    @Override
    public List<RawArticle> read(LoadedInput input, ProblemLog log) throws InputProblem {
        HtmlArticle article = HtmlArticleExtractor.extract(InputText.decode(input, log), "");
        PageMetadata page = article.metadata();
        Map<String, String> metadata = page.author() == null ? Map.of() : Map.of("author", page.author());
        return List.of(new RawArticle(input.stem(), input.source(), null, page.title(), page.outlet(), page.url(),
                page.published(), page.publishedInferred(), article.text(), metadata, page.titleInferred(),
                page.outletInferred()));
    }
}
