package org.echotrace.store;

import org.apache.lucene.index.ConcurrentMergeScheduler;

/**
 * Background merges that fail silently instead of printing their stack trace from a thread of their own.
 * A failed merge loses nothing (the segments it was merging stay as they were) and the writer goes on;
 * when the cause lasts (a full disk), the next flush or commit fails too and {@link ArticleStore} says so
 * in one line.
 */
final class QuietMerges extends ConcurrentMergeScheduler {

    @Override
    protected void handleMergeException(Throwable exc) {
        // deliberately not rethrown: see the class comment
    }
}
