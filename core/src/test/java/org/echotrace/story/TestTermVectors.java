package org.echotrace.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The subject vectors found through word hashes are those keyed by the words themselves. */
class TestTermVectors {

    @Test
    void hashedWordsGiveTheVectorsOfTheWordsThemselves() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "mko-relocation-2023"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        // one text longer than the words a vector keeps, so that the heaviest are chosen and sorted
        texts.add(String.join("\n\n", texts));
        texts.add("");
        List<TermVectors.SparseVector> byHashes = TermVectors.byHashes(texts);
        List<TermVectors.SparseVector> byWords = TermVectors.byWords(texts);
        assertEquals(TermVectors.TERMS_KEPT, byHashes.get(texts.size() - 2).terms().length);
        assertTrue(byHashes.get(0).terms().length > ContentLinks.SEED_WORDS);
        for (int t = 0; t < texts.size(); t++) {
            assertArrayEquals(byWords.get(t).terms(), byHashes.get(t).terms(), "terms of text " + t);
            assertArrayEquals(byWords.get(t).weights(), byHashes.get(t).weights(), "weights of text " + t);
            assertArrayEquals(byWords.get(t).seeds(), byHashes.get(t).seeds(), "seeds of text " + t);
        }
    }
}
