package org.echotrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TestTerminalText {

    @Test
    void escapeSequencesBellsNewlinesAndBidiOverridesBecomeVisible() {
        assertEquals("\\u001b[2J\\u001b]0;PWNED\\u0007", TerminalText.escape("\u001b[2J\u001b]0;PWNED\u0007"));
        assertEquals("a\\u000ab\\u009b\\u202ec", TerminalText.escape("a\nb\u009b\u202ec"));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String text = "Zürich: \u0130stanbul — \u05e9\u05dc\u05d5\u05dd, 東京 🌍";
        assertSame(text, TerminalText.escape(text));
    }
}
