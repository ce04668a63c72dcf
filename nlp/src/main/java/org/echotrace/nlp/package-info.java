/**
 * The language layer on Stanford CoreNLP: core's {@link org.echotrace.language.LanguageAnalyzer} and
 * {@link org.echotrace.attribution.AttributionExtractor}, implemented by {@link
 * org.echotrace.nlp.CoreNlpLanguageAnalyzer}.
 *
 * <p>A document is parsed once ({@link org.echotrace.nlp.parse}, from the disk cache when it has the parse) and
 * every finder reads that one parse; each subpackage is one concern and shows the rest of the module one
 * finder:
 * <ul>
 *   <li>{@link org.echotrace.nlp.parse}: text to CoreNLP annotations (pipeline, cache) and the sentence view
 *       the finders share ({@link org.echotrace.nlp.parse.ParsedSentence}).</li>
 *   <li>{@link org.echotrace.nlp.names}: named people, organisations and places, and the definite
 *       descriptions ("the group") that may stand for them.</li>
 *   <li>{@link org.echotrace.nlp.attribution}: who is said to have said what (cue, source, content), with
 *       pronoun, title and outlet resolution.</li>
 *   <li>{@link org.echotrace.nlp.time}: dates SUTime found, as calendar points, each with the clause it dates.</li>
 *   <li>{@link org.echotrace.nlp.labels}: the words a document uses for what it names, evaluative or not.</li>
 *   <li>{@link org.echotrace.nlp.clauses}: the clauses of each sentence, the units claims are made of.</li>
 *   <li>{@link org.echotrace.nlp.embedding}: sentence vectors (MiniLM) for the claims stage.</li>
 * </ul>
 * The word lists and models ship as resources of this package ({@code org/echotrace/nlp/*.tsv}) and are read
 * through {@link org.echotrace.nlp.BundledResources}, so a subpackage can move without moving its data; the
 * trainers in bench write them there (docs/evaluation.md).
 */
package org.echotrace.nlp;
