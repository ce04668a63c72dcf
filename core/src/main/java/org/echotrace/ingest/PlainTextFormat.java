package org.echotrace.ingest;

import java.util.List;

/** A plain text file is one article; its id is the file name without extension. */
final class PlainTextFormat implements ArticleFormat {

    @Override
    public List<RawArticle> read(LoadedInput input, ProblemLog log) throws InputProblem {
        return List.of(RawArticle.plain(input.stem(), input.source(), InputText.decode(input, log)));
    }
}
