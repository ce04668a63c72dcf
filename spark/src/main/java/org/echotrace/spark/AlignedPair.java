package org.echotrace.spark;

import java.io.Serializable;
import org.echotrace.domain.ReusePair;

/** A reuse pair found by the job, as report JSON, with the ordinals of its documents for the story links. */
public record AlignedPair(int ordinalA, int ordinalB, String json) implements Serializable {

    public ReusePair pair() {
        return EncodedDocument.fromJson(json, ReusePair.class);
    }
}
