package org.echotrace.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.domain.Direction;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.Published;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReuseKind;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;
import org.echotrace.domain.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class TestProvenanceGexf {

    @Test
    void writesWellFormedGexfWithDirectedEdgesFromTheEarlierDocument(@TempDir Path dir) throws Exception {
        Document early = new Document("early", "e", "Title \u0001 with control", null, null,
                Published.parse("2023-09-01"), false, false, false, "text", List.of(), java.util.Map.of());
        Document late = Document.of("late & <later>", "text");
        Report report = new Report("echotrace test", AnalysisSettings.DEFAULTS, List.of(early, late),
                List.of(new ReusePair("early", "late & <later>", ReuseKind.VERBATIM, 40, 0.5, 0.5, Direction.B_TO_A,
                        "test", List.of(new Passage(new Span(0, 4), new Span(0, 4), 40, 1)))),
                List.of(new Story("s1", "t", List.of("early", "late & <later>"), null, null)), List.of());
        Path file = dir.resolve("g.gexf");

        ProvenanceGexf.write(report, file);

        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals(2, xml.getElementsByTagName("node").getLength());
        Element edge = (Element) xml.getElementsByTagName("edge").item(0);
        assertEquals("late & <later>", edge.getAttribute("source"));
        assertEquals("early", edge.getAttribute("target"));
        assertEquals("directed", edge.getAttribute("type"));
        assertEquals("40", edge.getAttribute("weight"));
    }
}
