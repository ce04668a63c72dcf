package org.echotrace.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestReuseCsv {

    @Test
    void quotesAndDefusesFormulas() {
        assertEquals("plain", ReuseCsv.cell("plain"));
        assertEquals("\"a, b\"", ReuseCsv.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", ReuseCsv.cell("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", ReuseCsv.cell("=HYPERLINK(1)"));
        assertEquals("'@SUM(A1)", ReuseCsv.cell("@SUM(A1)"));
        assertEquals("-12", ReuseCsv.cell("-12"));
    }
}
