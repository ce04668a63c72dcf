package org.echotrace.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.language.LabelCandidate;

/** Evaluative words a document applies to what it names: premodifiers, appositions, predicate nominals. */
final class LabelFinder {

    List<LabelCandidate> find(Document document, Annotation parse) {
        return List.of();
    }
}
