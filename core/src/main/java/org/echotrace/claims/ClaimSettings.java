package org.echotrace.claims;

/**
 * When two statements of different documents assert the same thing, and when two documents are
 * paraphrases of each other. Chosen on Clough-Stevenson (light and heavy rewrites against answers
 * written independently); the data and figures are in docs/evaluation.md.
 *
 * @param cosine            sentence vectors at least this close match
 * @param containment       or: at least this share of the shorter statement's content words in the other
 * @param fewestWords       containment counts only when the shorter statement has this many content words
 * @param paraphraseClaims  documents sharing no copied passage but this many matched claims are a paraphrase
 */
public record ClaimSettings(double cosine, double containment, int fewestWords, int paraphraseClaims) {

    public static final ClaimSettings DEFAULTS = new ClaimSettings(0.65, 0.60, 4, 5);

    public ClaimSettings {
        if (cosine <= 0 || cosine > 1 || containment <= 0 || containment > 1) {
            throw new IllegalArgumentException("cosine and containment must be in (0, 1]: " + cosine + ", " + containment);
        }
        if (fewestWords < 1 || paraphraseClaims < 1) {
            throw new IllegalArgumentException("fewestWords and paraphraseClaims must be at least 1");
        }
    }
}
