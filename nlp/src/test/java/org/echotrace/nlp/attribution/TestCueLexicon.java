package org.echotrace.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The cue lexicon: stems and forms learnt from PolNeAR train, and the general verbs of reporting. */
class TestCueLexicon {

    private static CoreLabel word(String word) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setTag("VBD");
        return token;
    }

    @Test
    void inflectionsShareAStem() {
        assertEquals("say", CueLexicon.keyOf("said"));
        assertEquals("say", CueLexicon.keyOf("Says"));
        assertEquals("accord", CueLexicon.keyOf("according"));
        assertEquals("=stated", CueLexicon.formKeyOf("Stated"));
    }

    @Test
    void theBundledLexiconKnowsCommonCuesAndNotCommonVerbs() {
        CueLexicon lexicon = CueLexicon.bundled();
        for (String cue : new String[] {"said", "told", "according", "claimed", "noted", "added", "underlined", "stated"}) {
            assertTrue(lexicon.isCue(word(cue)), cue);
        }
        for (String other : new String[] {"went", "ate", "was", "had"}) {
            assertFalse(lexicon.isCue(word(other)), other);
        }
    }

    @Test
    void aWordMustBeACueOftenEnough() throws Exception {
        String tsv = "# comment\nsay\t90\t100\nwalk\t5\t100\nhint\t2\t2\n";
        CueLexicon lexicon = CueLexicon.parse(new BufferedReader(new StringReader(tsv)), 0.25, 3);

        assertTrue(lexicon.isCue(word("says")));
        assertFalse(lexicon.isCue(word("walked")), "5 of 100 is too rare a share");
        assertFalse(lexicon.isCue(word("hinted")), "2 cues say too little");
    }
}
