package org.echotrace.claims;

/**
 * When statements of different documents belong to one claim, and when two documents are paraphrases of
 * each other. Chosen on Clough-Stevenson (light and heavy rewrites against answers written independently,
 * {@code echotrace eval clough --claims}); the data, figures and rules are in docs/evaluation.md.
 *
 * @param cosine            statements whose sentence vectors are at least this close are one claim (or
 *                          variants of one: a figure changed, a place added)
 * @param containment       or: at least this share of the shorter statement's content words in the other
 * @param fewestWords       containment counts only when the shorter statement has this many content words
 * @param paraphraseCosine  the stricter closeness a statement pair needs to count as paraphrase evidence
 * @param paraphraseClaims  documents sharing no copied passage but this many such pairs are a paraphrase
 */
public record ClaimSettings(double cosine, double containment, int fewestWords, double paraphraseCosine,
                            int paraphraseClaims) implements java.io.Serializable {

    public static final ClaimSettings DEFAULTS = new ClaimSettings(0.65, 0.60, 4, 0.75, 4);

    public ClaimSettings {
        inUnitRange("cosine", cosine);
        inUnitRange("containment", containment);
        inUnitRange("paraphraseCosine", paraphraseCosine);
        if (fewestWords < 1 || paraphraseClaims < 1) {
            throw new IllegalArgumentException("fewestWords and paraphraseClaims must be at least 1: " + fewestWords
                    + ", " + paraphraseClaims);
        }
    }

    private static void inUnitRange(String name, double value) {
        if (value <= 0 || value > 1) {
            throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
        }
    }
}
