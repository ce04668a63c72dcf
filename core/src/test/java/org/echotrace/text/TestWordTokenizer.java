package org.echotrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Counting words and cutting one passage give what cutting the whole text gives. */
class TestWordTokenizer {

    @Test
    void countsAndPassagesAgreeWithTheWholeText() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "mko-relocation-2023"))) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8) + " co-operation 17,000 l'état ÉLAN";
                TokenizedText whole = WordTokenizer.tokenize(text);
                assertEquals(whole.size(), WordTokenizer.count(text), f.toString());
                int first = whole.size() / 3;
                int last = whole.size() - 1;
                TokenizedText passage = WordTokenizer.tokenize(text, whole.start(first), whole.end(last));
                assertEquals(last - first + 1, passage.size());
                for (int i = 0; i < passage.size(); i++) {
                    assertEquals(whole.start(first + i), passage.start(i));
                    assertEquals(whole.end(first + i), passage.end(i));
                    assertEquals(whole.hash(first + i), passage.hash(i));
                    assertEquals(whole.term(first + i), passage.term(i));
                }
            }
        }
    }
}
