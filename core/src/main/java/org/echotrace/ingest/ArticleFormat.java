package org.echotrace.ingest;

import java.io.IOException;

/** Reads the articles of one input in one format. Problems with single records go to the log. */
interface ArticleFormat {

    /**
     * Hands each article to {@code articles} as soon as it is read, so a container file (JSON Lines, WARC) is
     * never held whole; stops when the sink takes no more.
     *
     * @throws InputProblem when the input as a whole cannot be read
     * @throws IOException  when reading the stream fails (articles handed over before it count)
     */
    void read(OpenedInput input, ProblemLog log, ArticleSink articles) throws InputProblem, IOException;

    /** Takes the articles a format reads. */
    @FunctionalInterface
    interface ArticleSink {
        /** @return false when no more articles are wanted: the reader stops */
        boolean accept(RawArticle article);
    }
}
