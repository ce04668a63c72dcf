package org.echotrace.app.render;

import static org.echotrace.app.render.Gexf.attribute;
import static org.echotrace.app.render.Gexf.declare;
import static org.echotrace.app.render.Gexf.value;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.echotrace.domain.Direction;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;

/**
 * {@code provenance.gexf} (GEXF 1.3, opens in Gephi): documents as nodes with their story, outlet and date;
 * reuse pairs as edges weighted by shared words, directed from the earlier document where dates tell.
 */
final class ProvenanceGexf {

    private ProvenanceGexf() {
    }

    static void write(Report report, Path file) throws IOException {
        Gexf.write(file, report.generator(), "echotrace provenance graph: documents and the text they share", xml -> {
            writeAttributeDeclarations(xml);
            writeNodes(xml, report);
            writeEdges(xml, report);
        });
    }

    private static void writeAttributeDeclarations(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "node");
        declare(xml, "story", "string");
        declare(xml, "outlet", "string");
        declare(xml, "published", "string");
        declare(xml, "url", "string");
        xml.writeEndElement();
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "edge");
        declare(xml, "kind", "string");
        declare(xml, "direction", "string");
        declare(xml, "coverageA", "double");
        declare(xml, "coverageB", "double");
        xml.writeEndElement();
    }

    private static void writeNodes(XMLStreamWriter xml, Report report) throws XMLStreamException {
        Map<String, String> storyOf = new HashMap<>();
        for (Story story : report.stories()) {
            story.documents().forEach(d -> storyOf.put(d, story.id()));
        }
        xml.writeStartElement("nodes");
        for (Document d : report.documents()) {
            xml.writeStartElement("node");
            attribute(xml, "id", d.id());
            attribute(xml, "label", d.title() == null ? d.id() : d.id() + ": " + d.title());
            xml.writeStartElement("attvalues");
            value(xml, "story", storyOf.get(d.id()));
            value(xml, "outlet", d.outlet());
            value(xml, "published", d.published() == null ? null : d.published().toString());
            value(xml, "url", d.url());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void writeEdges(XMLStreamWriter xml, Report report) throws XMLStreamException {
        xml.writeStartElement("edges");
        int id = 0;
        for (ReusePair pair : report.reuse()) {
            boolean backwards = pair.direction() == Direction.B_TO_A;
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + id++);
            attribute(xml, "source", backwards ? pair.b() : pair.a());
            attribute(xml, "target", backwards ? pair.a() : pair.b());
            if (pair.direction() != Direction.UNKNOWN) {
                xml.writeAttribute("type", "directed");
            }
            xml.writeAttribute("weight", String.valueOf(pair.sharedWords()));
            xml.writeStartElement("attvalues");
            value(xml, "kind", pair.kind().label());
            value(xml, "direction", pair.direction().label());
            value(xml, "coverageA", String.format(Locale.ROOT, "%.4f", pair.coverageA()));
            value(xml, "coverageB", String.format(Locale.ROOT, "%.4f", pair.coverageB()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
