package org.echotrace.claims;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine says how close their meanings are. The nlp module implements
 * it with a sentence model run in-process; core only sees this interface. Implementations must be safe
 * to call from several threads at once.
 */
public interface SentenceEmbedder {

    /** Unit-length vectors, one per text, in the order given. */
    List<float[]> embed(List<String> texts);

    /** Cosine of two unit-length vectors. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different sizes: " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
