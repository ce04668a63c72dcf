package org.echotrace.ingest;

import java.io.IOException;

/** A plain text file is one article; its id is the file name without extension. */
final class PlainTextFormat implements ArticleFormat {
    private final long maxBytes;

    PlainTextFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(OpenedInput input, ProblemLog log, ArticleSink articles) throws InputProblem, IOException {
        LoadedInput loaded = input.readWhole(maxBytes);
        articles.accept(RawArticle.plain(loaded.stem(), loaded.source(), InputText.decode(loaded, log)));
    }
}
