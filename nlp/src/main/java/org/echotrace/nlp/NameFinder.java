package org.echotrace.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.language.NameMention;

/** Named people, organisations and places in one parsed document. */
final class NameFinder {

    List<NameMention> find(Document document, Annotation parse) {
        return List.of();
    }
}
