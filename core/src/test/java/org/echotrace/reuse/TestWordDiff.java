package org.echotrace.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestWordDiff {

    @Test
    void marksChangedInsertedAndDroppedWords() {
        String a = "Last week, the government of Albania banned Maryam Rajavi from entering the country.";
        String b = "In August the Government of Albania banned Rajavi from ever entering the country!";
        List<WordDiff.Op> ops = WordDiff.diff(a, b);
        StringBuilder shown = new StringBuilder();
        for (WordDiff.Op op : ops) {
            shown.append(op.kind()).append('[').append(op.a().of(a)).append('|').append(op.b().of(b)).append("] ");
        }
        String s = shown.toString();
        assertTrue(s.startsWith("CHANGED[Last week|In August] SAME[the government of Albania banned|"
                + "the Government of Albania banned] ONLY_A[Maryam|] SAME[Rajavi from|Rajavi from] ONLY_B[|ever] "
                + "SAME[entering the country|entering the country]"), s);
    }

    @Test
    void identicalAndEmptyTexts() {
        assertEquals(List.of(), WordDiff.diff("", ""));
        List<WordDiff.Op> ops = WordDiff.diff("one two three four five six", "One two, three four five six.");
        assertEquals(1, ops.size());
        assertEquals(WordDiff.Kind.SAME, ops.get(0).kind());
        List<WordDiff.Op> onlyB = WordDiff.diff("", "new words");
        assertEquals(WordDiff.Kind.ONLY_B, onlyB.get(0).kind());
        assertEquals(0, onlyB.get(0).a().length());
    }
}
