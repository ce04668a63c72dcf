/**
 * From a cleaned text to a CoreNLP {@link edu.stanford.nlp.pipeline.Annotation}, and the sentence view the
 * finders read.
 *
 * <p>{@link org.echotrace.nlp.parse.Parser} is the way in (thread-safe; build it with {@code cachedIn} or
 * {@code cachedInDefaultPlace}). It runs the one shared pipeline of the JVM ({@code SharedPipeline}, built on
 * first use since loading the models takes ~15 s and ~1 GB) with only the annotators the finders read
 * ({@link org.echotrace.nlp.parse.PipelineSettings}; the fine-grained NER lists are trimmed by {@code
 * FineGrainedGazetteers}), and keeps each parse on disk ({@code ParseCache}) keyed by the settings, the
 * reference date and the text, so a second run over the same articles parses nothing.
 *
 * <p>{@link org.echotrace.nlp.parse.ParsedSentence} is one sentence's tokens and basic dependency tree with
 * the span arithmetic (the words a head governs, as a stretch of the document's text) that attribution and
 * clause splitting share. Nothing here knows what the finders look for.
 */
package org.echotrace.nlp.parse;
