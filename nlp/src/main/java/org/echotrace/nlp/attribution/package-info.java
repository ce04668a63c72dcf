/**
 * Who is said to have said what: attributions (cue, source, content, speech act, source kind) read off each
 * parsed sentence, following the PolNeAR annotation conventions (docs/evaluation.md scores them).
 *
 * <p>{@link org.echotrace.nlp.attribution.AttributionFinder} runs it for one document, in this order:
 * <ol>
 *   <li>Cues: which words head an attribution, judged in their sentence by a learnt model ({@link
 *       org.echotrace.nlp.attribution.CueModel}, trained by {@link org.echotrace.nlp.attribution.CueModelTrainer})
 *       over the lexicon of cue words ({@link org.echotrace.nlp.attribution.CueLexicon}); {@code CueActs} says
 *       whether a cue names speech or an attitude.</li>
 *   <li>Shapes: Semgrex patterns over the dependencies ({@code SemgrexRules}, {@code ImpliedSource}) and, where the
 *       parser often errs, shapes read off the words ({@code TrailingSpeaker}, {@code InvertedQuoteSpeaker},
 *       {@code HeadlineSpeaker}, {@code AdjacentQuotation}). Each match is a {@code Candidate}.</li>
 *   <li>Spans: {@code AttributionSpans} cuts cue, source and content out of the tree ({@code TokenSpans},
 *       {@code Predicates}, {@code Prepositions}); {@code SpanModel} (trained by {@link
 *       org.echotrace.nlp.attribution.SpanModelTrainer}) may choose another source among {@code SourceOptions};
 *       contents are fitted to the quotations ({@link org.echotrace.nlp.attribution.QuoteFinder}, {@code
 *       ContentQuotes}).</li>
 *   <li>Sources across the document: {@code SourceKindClassifier} says what kind of source a phrase names;
 *       pronouns ({@code PronounResolver}, with {@code NameGenders}), titles ({@code TitledPeople}) and "the agency"
 *       ({@code ViaResolver}) are resolved to earlier {@code Antecedent}s, only where the text makes it clear, and
 *       {@code Outlets} finds the outlet a source spoke through.</li>
 * </ol>
 * A sentence that fits no shape yields nothing: no guessing at sources. The public classes besides the finder
 * are the trainers and lexicon bench's builders and evaluations use.
 */
package org.echotrace.nlp.attribution;
