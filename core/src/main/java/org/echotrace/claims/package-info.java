/**
 * Claims and provenance: what the reports of a story assert, and what each assertion rests on.
 *
 * <p>The stage ({@link org.echotrace.claims.ClaimStage}) runs after the language layer, on each story:
 * <ol>
 *   <li>Statements: each clause the language layer found (at least 5 words), linked to the attribution
 *       that covers it ({@code StatementReader}).</li>
 *   <li>Matching: statements of different documents whose sentence vectors ({@link
 *       org.echotrace.claims.SentenceEmbedder}) or content words are close enough; each statement keeps
 *       its closest match per other document ({@link org.echotrace.claims.StatementMatcher}).</li>
 *   <li>Grouping: matches, closest first, join groups only when most of the pairs across the two groups
 *       match too, so chains do not merge a whole story ({@code ClaimGrouping}).</li>
 *   <li>Per claim: conflicts ({@code ConflictFinder}: figures as intervals by {@code QuantityReader},
 *       dates, places and actors some documents add) and provenance ({@code ProvenanceTracer}: only
 *       verbs of saying vouch, see {@code Speech}; outlets are followed back to who spoke through them).</li>
 *   <li>Per story: a summary ({@code StorySummarizer}); per document pair: paraphrase links
 *       ({@code ParaphraseLinker}) and whether copies credit their source ({@code CreditCheck}).</li>
 * </ol>
 * Thresholds live in {@link org.echotrace.claims.ClaimSettings}; docs/evaluation.md says how they were chosen.
 * Offsets everywhere are into each document's cleaned text.
 */
package org.echotrace.claims;
