package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestSubjectVector {

    private static final String FLOOD = "Flooding closed the Danube crossing at Vidin on Monday. "
            + "Officials in Vidin said the crossing would reopen once the Danube fell.";
    private static final String FERRY = "The ferry from Vidin to Calafat ran again on Tuesday, "
            + "officials said, after the Danube fell below the warning mark.";

    /** Each word in a document of its own among three: df 1 for all, so only the text weighs. */
    private static SubjectVector vector(String text) {
        return SubjectVector.weigh(SubjectTerms.count(text), word -> 1, 3);
    }

    @Test
    void weightsAreUnitLength() {
        SubjectVector flood = vector(FLOOD);
        double[] squares = {0};
        flood.forEach((word, weight) -> squares[0] += weight * weight);
        assertEquals(1.0, squares[0], 1e-9);
        assertEquals(1.0, flood.cosine(flood), 1e-9);
        assertEquals(0.0, flood.weight("Calafat"));
    }

    @Test
    void heaviestWordsComeFirstTiesByWord() {
        SubjectVector flood = vector(FLOOD);
        List<String> words = flood.heaviestWords(flood.size());
        assertEquals(flood.size(), words.size());
        for (int k = 1; k < words.size(); k++) {
            double before = flood.weight(words.get(k - 1));
            double after = flood.weight(words.get(k));
            assertTrue(before > after || before == after && words.get(k - 1).compareTo(words.get(k)) < 0,
                    words.get(k - 1) + " before " + words.get(k));
        }
        // "Danube", "Vidin" and "crossing" are each written twice: repeated words outweigh the ones said once
        assertTrue(words.subList(0, 3).containsAll(List.of("danube", "vidin", "crossing")), words.toString());
        assertEquals(words.subList(0, 2), flood.heaviestWords(2));
    }

    @Test
    void cosineIsTheSharedWordsProductAndSymmetric() {
        SubjectVector flood = vector(FLOOD);
        SubjectVector ferry = vector(FERRY);
        double[] dot = {0};
        List<String> shared = new ArrayList<>();
        flood.forEach((word, weight) -> {
            if (ferry.weight(word) > 0) {
                shared.add(word);
                dot[0] += weight * ferry.weight(word);
            }
        });
        assertTrue(shared.contains("danube") && shared.contains("vidin"), shared.toString());
        assertEquals(dot[0], flood.cosine(ferry), 1e-12);
        assertEquals(flood.cosine(ferry), ferry.cosine(flood), 1e-12);
        assertTrue(flood.cosine(ferry) > 0 && flood.cosine(ferry) < 1);
    }
}
