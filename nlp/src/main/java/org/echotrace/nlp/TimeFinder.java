package org.echotrace.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.language.TimeExpression;

/** Dates and times SUTime found in one parsed document, with the clause each one dates. */
final class TimeFinder {

    /** @param anchored whether the parse was made against a reference date (relative dates are then resolved) */
    List<TimeExpression> find(Document document, Annotation parse, boolean anchored) {
        return List.of();
    }
}
