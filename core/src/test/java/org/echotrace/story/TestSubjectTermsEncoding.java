package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestSubjectTermsEncoding {

    private static final String TEXT = "Flooding closed the Danube crossing at Vidin on Monday. "
            + "Officials in Vidin said the crossing would reopen once the Danube fell.";

    @Test
    void countsSurviveTheirEncoding() {
        SubjectTerms.Counts counts = SubjectTerms.count(TEXT);
        assertEquals(counts, SubjectTerms.Counts.decode(counts.encode()));
    }

    @Test
    void wordsOfAnEncodingAreItsCountedWords() {
        SubjectTerms.Counts counts = SubjectTerms.count(TEXT);
        List<String> words = SubjectTerms.Counts.words(counts.encode());
        assertEquals(counts.counts().keySet(), Set.copyOf(words));
        assertEquals(counts.counts().size(), words.size());
    }
}
