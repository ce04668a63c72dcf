package org.echotrace.app.render;

import static org.echotrace.app.render.Gexf.attribute;
import static org.echotrace.app.render.Gexf.declare;
import static org.echotrace.app.render.Gexf.value;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.echotrace.domain.Outlet;
import org.echotrace.domain.OutletEdge;
import org.echotrace.domain.Report;

/**
 * {@code outlets.gexf}: outlets as nodes (articles, words, how much came from elsewhere and how much others
 * took), outlet edges weighted by the words one took from the other, directed where dates tell.
 */
final class OutletsGexf {

    private OutletsGexf() {
    }

    static void write(Report report, Path file) throws IOException {
        Gexf.write(file, report.generator(), "echotrace outlet graph: which outlets take text from which", xml -> {
            declarations(xml);
            nodes(xml, report);
            edges(xml, report);
        });
    }

    private static void declarations(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "node");
        declare(xml, "inferred", "boolean");
        declare(xml, "articles", "integer");
        declare(xml, "words", "integer");
        declare(xml, "wordsFromElsewhere", "integer");
        declare(xml, "wordsTakenByOthers", "integer");
        declare(xml, "creditGiven", "double");
        declare(xml, "creditReceived", "double");
        xml.writeEndElement();
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "edge");
        declare(xml, "articles", "integer");
        declare(xml, "pairs", "integer");
        declare(xml, "creditedShare", "double");
        declare(xml, "medianDelayHours", "double");
        xml.writeEndElement();
    }

    private static void nodes(XMLStreamWriter xml, Report report) throws XMLStreamException {
        xml.writeStartElement("nodes");
        for (Outlet o : report.outlets().outlets()) {
            xml.writeStartElement("node");
            attribute(xml, "id", o.name());
            attribute(xml, "label", o.name());
            xml.writeStartElement("attvalues");
            value(xml, "inferred", String.valueOf(o.inferred()));
            value(xml, "articles", String.valueOf(o.articles()));
            value(xml, "words", String.valueOf(o.words()));
            value(xml, "wordsFromElsewhere", String.valueOf(o.wordsFromElsewhere()));
            value(xml, "wordsTakenByOthers", String.valueOf(o.wordsTakenByOthers()));
            value(xml, "creditGiven", text(o.creditGiven()));
            value(xml, "creditReceived", text(o.creditReceived()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void edges(XMLStreamWriter xml, Report report) throws XMLStreamException {
        xml.writeStartElement("edges");
        int id = 0;
        for (OutletEdge e : report.outlets().edges()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + id++);
            attribute(xml, "source", e.from());
            attribute(xml, "target", e.to());
            if (e.directed()) {
                xml.writeAttribute("type", "directed");
            }
            xml.writeAttribute("weight", String.valueOf(e.words()));
            xml.writeStartElement("attvalues");
            value(xml, "articles", String.valueOf(e.articles()));
            value(xml, "pairs", String.valueOf(e.pairs()));
            value(xml, "creditedShare", text(e.creditedShare()));
            value(xml, "medianDelayHours", text(e.medianDelayHours()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String text(Double value) {
        return value == null ? null : String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
