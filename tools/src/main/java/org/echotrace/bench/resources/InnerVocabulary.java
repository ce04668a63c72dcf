package org.echotrace.bench.resources;

import java.nio.file.Path;

/**
 * Developer tool for tuning without touching PTC's held-out part: builds the evaluative vocabulary as
 * {@link EvaluativeVocabulary} does, but from the inner-train articles of the vocabulary part only (id hash
 * modulo 10 below 6), so that the inner-dev articles (6 and 7) can be scored on words they did not give
 * ({@code OUT.tsv PTC_DIR}). Not a test.
 */
public final class InnerVocabulary {

    public static boolean isInnerTrain(String id) {
        return Math.floorMod(id.hashCode(), 10) < 6;
    }

    /** {@code OUT_DIR PTC_DIR}: writes both lists under OUT_DIR/org/echotrace/nlp, to go first on the class path. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0], "org", "echotrace", "nlp");
        EvaluativeVocabulary.build(InnerVocabulary::isInnerTrain, "PTC inner-train part",
                dir.resolve("evaluative-words.tsv"), dir.resolve("unmarked-words.tsv"), Path.of(args[1]));
    }
}
