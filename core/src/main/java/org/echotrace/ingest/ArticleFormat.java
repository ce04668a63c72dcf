package org.echotrace.ingest;

import java.util.List;

/** Reads the articles of one input in one format. Problems with single records go to the log. */
interface ArticleFormat {

    /** @throws InputProblem when the input as a whole cannot be read */
    List<RawArticle> read(LoadedInput input, ProblemLog log) throws InputProblem;
}
