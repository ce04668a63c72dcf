package org.echotrace.app.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
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

    private static final String NS = "http://gexf.net/1.3";

    private ProvenanceGexf() {
    }

    static void write(Report report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            element(xml, "creator", report.generator());
            element(xml, "description", "echotrace provenance graph: documents and the text they share");
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            writeAttributeDeclarations(xml);
            writeNodes(xml, report);
            writeEdges(xml, report);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
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

    private static void declare(XMLStreamWriter xml, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", name);
        xml.writeAttribute("title", name);
        xml.writeAttribute("type", type);
    }

    private static void value(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", name);
            attribute(xml, "value", value);
        }
    }

    /** Every attribute value from an article goes through here: XML 1.0 forbids control characters. */
    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlText.clean(value));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
