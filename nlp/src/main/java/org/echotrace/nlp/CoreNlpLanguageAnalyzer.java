package org.echotrace.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.echotrace.attribution.AttributionExtractor;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.nlp.attribution.AttributionFinder;
import org.echotrace.nlp.clauses.ClauseFinder;
import org.echotrace.nlp.labels.LabelFinder;
import org.echotrace.nlp.names.DescriptionFinder;
import org.echotrace.nlp.names.NameFinder;
import org.echotrace.nlp.parse.Parser;
import org.echotrace.nlp.time.TimeFinder;

/**
 * Core's language interfaces on CoreNLP: parses a document once (or takes the cached parse) and runs
 * each finder over it. Safe to use from several threads.
 */
public final class CoreNlpLanguageAnalyzer implements LanguageAnalyzer, AttributionExtractor {

    private final Parser parser;
    private final NameFinder names = new NameFinder();
    private final DescriptionFinder descriptions = new DescriptionFinder();
    private final AttributionFinder attributions = new AttributionFinder();
    private final TimeFinder times = new TimeFinder();
    private final LabelFinder labels = new LabelFinder();
    private final ClauseFinder clauses = new ClauseFinder();

    public CoreNlpLanguageAnalyzer(Parser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public DocumentLanguage analyze(Document document, LocalDate referenceDate) {
        Annotation parse = parser.parse(document.text(), referenceDate);
        return new DocumentLanguage(document.id(),
                names.find(document, parse),
                descriptions.find(document, parse),
                attributions.find(document, parse),
                times.find(document, parse, referenceDate != null),
                labels.find(document, parse),
                clauses.find(parse));
    }

    /** Attributions alone, for evaluation against attribution gold (no reference date needed). */
    @Override
    public List<Attribution> extract(Document document) {
        return attributions.find(document, parser.parse(document.text(), null));
    }
}
