package org.echotrace.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;

/** Who is said to have said what in one parsed document (cue verbs and phrases over dependencies, quotations). */
final class AttributionFinder {

    List<Attribution> find(Document document, Annotation parse) {
        return List.of();
    }
}
