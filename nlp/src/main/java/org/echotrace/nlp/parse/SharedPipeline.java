package org.echotrace.nlp.parse;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The one CoreNLP pipeline of this JVM. Loading the models takes ~15 s and ~1 GB, so it is built once,
 * on first use, and shared by every thread (CoreNLP's annotators are safe to run concurrently on
 * different documents).
 */
final class SharedPipeline {

    private SharedPipeline() {
    }

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = build();

        private static StanfordCoreNLP build() {
            RedwoodQuiet.silence();
            return new StanfordCoreNLP(PipelineSettings.pipelineProperties());
        }
    }

    static StanfordCoreNLP get() {
        return Holder.PIPELINE;
    }
}
