package org.echotrace.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import org.echotrace.nlp.parse.ParsedSentence;
import org.echotrace.nlp.parse.Parser;
import org.junit.jupiter.api.Test;

/** The cue model learnt from PolNeAR train, judging words in their sentences. */
class TestCueModel {

    private static final Parser PARSER = Parser.cachedIn(Path.of("target", "test-parses"));

    /** The bundled model's judgement of the first word {@code word} of a one-sentence text. */
    private static boolean judgedCue(String text, String word) {
        Annotation parse = PARSER.parse(text, null);
        ParsedSentence sentence = ParsedSentence.of(parse.get(CoreAnnotations.SentencesAnnotation.class).get(0));
        for (int i = 1; i <= sentence.tokens().size(); i++) {
            if (sentence.token(i).word().equals(word)) {
                return CueModel.bundled().isCue(sentence, sentence.graph().getNodeByIndex(i));
            }
        }
        throw new AssertionError("no " + word + " in " + text);
    }

    @Test
    void speechAndBeliefAreCuesAndOtherVerbsAreNot() {
        assertTrue(judgedCue("The senator said that the bill would fail.", "said"));
        assertTrue(judgedCue("Most voters believe that the economy is getting worse.", "believe"));
        assertFalse(judgedCue("The senator went home after the vote.", "went"));
        assertFalse(judgedCue("The senator said that the bill would fail.", "bill"));
    }

    @Test
    void weightsAndThresholdAreReadFromTheResourceFormat() throws Exception {
        String tsv = "# comment\n#threshold\t0.6\nbias\t-1.0\nl=say\t3.0\n";
        CueModel model = CueModel.parse(new BufferedReader(new StringReader(tsv)));
        Annotation parse = PARSER.parse("She said no.", null);
        ParsedSentence sentence = ParsedSentence.of(parse.get(CoreAnnotations.SentencesAnnotation.class).get(0));

        assertEquals(1 / (1 + Math.exp(-2.0)), model.probability(sentence, 2), 1e-9, "bias + l=say");
        assertTrue(model.isCue(sentence, sentence.graph().getNodeByIndex(2)));
        assertFalse(model.isCue(sentence, sentence.graph().getNodeByIndex(1)), "bias alone is under 0.6");
    }

    @Test
    void aShapeMayAskForAnotherProbability() throws Exception {
        String tsv = "#threshold\t0.6\n#threshold:cue-rest\t0.9\nbias\t-1.0\n";
        CueModel model = CueModel.parse(new BufferedReader(new StringReader(tsv)));

        assertTrue(model.isCue(0.8, "subject-cue-complement"), "the shared threshold");
        assertFalse(model.isCue(0.8, "cue-rest"), "the shape's own");
        assertTrue(model.isCue(0.95, "cue-rest"));
    }
}
