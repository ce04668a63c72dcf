package org.echotrace.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.language.Description;

/** Definite descriptions ("the group", "the dissident group") that may stand for a named entity. */
final class DescriptionFinder {

    List<Description> find(Document document, Annotation parse) {
        return List.of();
    }
}
