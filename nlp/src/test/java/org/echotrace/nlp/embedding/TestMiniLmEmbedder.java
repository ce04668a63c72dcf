package org.echotrace.nlp.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.echotrace.claims.SentenceEmbedder;
import org.junit.jupiter.api.Test;

/** The bundled sentence model on real sentences: restatements are close, unrelated sentences are not. */
class TestMiniLmEmbedder {

    private static final MiniLmEmbedder EMBEDDER = MiniLmEmbedder.load(1);

    @Test
    void wordPiecesFollowBertUncased() throws Exception {
        try (InputStream json = getClass().getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
            WordPieceTokenizer tokenizer = WordPieceTokenizer.read(json);
            // [CLS] "un" "##aff" "##able" [SEP] in BERT's uncased vocabulary
            int[] ids = tokenizer.encode("Unaffable", 128);
            assertEquals(5, ids.length);
            assertEquals(WordPieceTokenizer.CLS, ids[0]);
            assertEquals(WordPieceTokenizer.SEP, ids[4]);
        }
        assertEquals(List.of("cafe", "'", "s", "wi", "-", "fi", "."), WordPieceTokenizer.basicTokens("Café's Wi-Fi."));
    }

    @Test
    void aRestatementIsCloserThanAnUnrelatedSentence() {
        // the bundled example: one report restates another's claim in new words
        List<float[]> v = EMBEDDER.embed(List.of(
                "The MKO terrorists have failed to obtain France's consent for the relocation of a number of their "
                        + "elements to a camp on the northwestern outskirts of Paris.",
                "The MKO was unsuccessful in securing the approval of the French government to accommodate a "
                        + "portion of their members.",
                "They seized 150 computer devices linked to terrorist activities."));
        double restated = SentenceEmbedder.cosine(v.get(0), v.get(1));
        double unrelated = SentenceEmbedder.cosine(v.get(0), v.get(2));
        assertEquals(1.0, SentenceEmbedder.cosine(v.get(0), v.get(0)), 1e-4);
        assertTrue(restated > 0.6 && unrelated < restated - 0.2, restated + " vs " + unrelated);
    }

    @Test
    void aSentenceHasOneVectorWhateverItsNeighbours() {
        String s = "Police seized 150 computer devices linked to terrorist activities.";
        float[] alone = EMBEDDER.embed(List.of(s)).get(0);
        float[] padded = EMBEDDER.embed(List.of("A much longer sentence than the other one, so that the short one "
                + "would be padded in a batch.", s)).get(1);
        assertEquals(1.0, SentenceEmbedder.cosine(alone, padded), 1e-4);
    }
}
