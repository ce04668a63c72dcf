package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * Cues that take their content through a preposition: "called for a ban", "referring to the vote", "talked
 * about the economy" (PolNeAR's cue then includes the preposition). Only prepositions that introduce what is
 * talked about count; "in", "on Tuesday", "at a rally" tell where and when.
 */
final class Prepositions {

    private static final Set<String> TOPICAL = Set.of("to", "for", "about", "of", "against", "on", "with", "over");
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

    private Prepositions() {
    }

    /** Whether a prepositional phrase says what something is about ("for accepting fees", "of a smear"). */
    static boolean introducesTopic(ParsedSentence sentence, IndexedWord object) {
        return !TIMES.contains(sentence.token(object).ner()) && sentence.children(object, "case").stream()
                .anyMatch(p -> TOPICAL.contains(sentence.token(p).word().toLowerCase(Locale.ROOT)));
    }

    /** "described the field [as good]". */
    static boolean isAs(ParsedSentence sentence, IndexedWord object) {
        return sentence.children(object, "case").stream()
                .anyMatch(p -> sentence.token(p).word().equalsIgnoreCase("as"));
    }

    /**
     * The preposition of {@code object} when it directly follows the cue (or the cue's particle) and introduces a
     * topic; else null.
     */
    static IndexedWord joining(ParsedSentence sentence, IndexedWord cue, IndexedWord object) {
        if (TIMES.contains(sentence.token(object).ner())) {
            return null;
        }
        for (IndexedWord preposition : sentence.children(object, "case")) {
            String word = sentence.token(preposition).word().toLowerCase(Locale.ROOT);
            if (preposition.index() == afterCue(sentence, cue) && TOPICAL.contains(word)) {
                return preposition;
            }
        }
        return null;
    }

    /** The index right after a cue word and its particle ("weighed in [on]"). */
    private static int afterCue(ParsedSentence sentence, IndexedWord cue) {
        return sentence.children(cue, "compound:prt").stream().anyMatch(p -> p.index() == cue.index() + 1)
                ? cue.index() + 2 : cue.index() + 1;
    }
}
