package org.echotrace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.echotrace.report.ReportJson;
import org.junit.jupiter.api.Test;

class TestDiagnostic {

    @Test
    void theLineIsANumberAndReportsStillSayLineN() throws Exception {
        Diagnostic problem = new Diagnostic("feed.jsonl", Location.line(3), "not a JSON object but array");
        assertEquals(3, problem.line());
        assertEquals("feed.jsonl (line 3): not a JSON object but array", problem.toString());
        String json = ReportJson.mapper().writeValueAsString(problem);
        assertEquals(ReportJson.mapper().readTree(
                "{\"file\":\"feed.jsonl\",\"location\":\"line 3\",\"reason\":\"not a JSON object but array\"}"),
                ReportJson.mapper().readTree(json), "report.json's problems[] as docs/report-format.md gives them");
        assertEquals(problem, ReportJson.mapper().readValue(json, Diagnostic.class));
    }

    @Test
    void aRecordOrTheWholeFileHasNoLine() throws Exception {
        Diagnostic record = new Diagnostic("crawl.warc", Location.record(2), "no article text found in HTML");
        assertNull(record.line());
        assertEquals(record, ReportJson.mapper().readValue(ReportJson.mapper().writeValueAsString(record), Diagnostic.class));
        Diagnostic whole = Diagnostic.of("empty.txt", "empty file");
        assertNull(whole.line());
        assertEquals("empty.txt: empty file", whole.toString());
        assertEquals(whole, ReportJson.mapper().readValue(ReportJson.mapper().writeValueAsString(whole), Diagnostic.class));
    }

    @Test
    void aLocationCountsFromOne() {
        assertThrows(IllegalArgumentException.class, () -> Location.line(0));
        assertThrows(IllegalArgumentException.class, () -> Location.parse("page 3"));
    }
}
