package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * The shape the parser most often gets wrong, read off the words instead: a sentence that ends in
 * ", the group said in a statement." or ", said the minister." after what was said. Only a short noun phrase
 * next to a cue verb after the sentence's last comma qualifies, so an unusual sentence yields nothing.
 */
final class TrailingSpeaker {

    /** The tags of a short noun phrase's words. */
    static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS",
            "PRP", "CD", "POS", "PRP$", "HYPH");
    private static final int LONGEST_PHRASE = 8;
    private static final int LONGEST_TAIL = 8;

    private TrailingSpeaker() {
    }

    static Optional<Candidate> find(String text, ParsedSentence sentence, CueLexicon lexicon, Set<Integer> cuesTaken) {
        int comma = lastComma(sentence);
        if (comma < 2) {
            return Optional.empty();
        }
        int end = lastWord(sentence);
        int first = comma + 1;
        // ", NP cue [tail]."
        int verb = first;
        while (verb <= end && PHRASE_TAGS.contains(sentence.token(verb).tag())) {
            verb++;
        }
        if (verb > first && verb - first <= LONGEST_PHRASE && isCue(sentence, verb, end, lexicon, cuesTaken)
                && plainTail(sentence, verb + 1, end)) {
            return candidate(text, sentence, verb, range(first, verb - 1), comma);
        }
        // ", cue NP [tail]."
        int phraseEnd = first + 1;
        while (phraseEnd <= end && PHRASE_TAGS.contains(sentence.token(phraseEnd).tag())) {
            phraseEnd++;
        }
        if (isCue(sentence, first, end, lexicon, cuesTaken) && phraseEnd > first + 1
                && phraseEnd - first - 1 <= LONGEST_PHRASE && plainTail(sentence, phraseEnd, end)) {
            return candidate(text, sentence, first, range(first + 1, phraseEnd - 1), comma);
        }
        return Optional.empty();
    }

    private static Optional<Candidate> candidate(String text, ParsedSentence sentence, int cue,
                                                 SortedSet<Integer> source, int comma) {
        SortedSet<Integer> content = range(1, comma - 1);
        return AttributionSpans.ofWords("trailing-speaker", text, sentence, cue, source, content);
    }

    private static boolean isCue(ParsedSentence sentence, int index, int end, CueLexicon lexicon, Set<Integer> taken) {
        if (index > end || taken.contains(index)) {
            return false;
        }
        CoreLabel token = sentence.token(index);
        return token.tag().matches("VBD|VBZ|VBP") && lexicon.isCue(token);
    }

    /** What may follow the cue: a few words of circumstance ("in a statement", "on Saturday"), no verb. */
    private static boolean plainTail(ParsedSentence sentence, int from, int end) {
        if (end - from + 1 > LONGEST_TAIL) {
            return false;
        }
        for (int i = from; i <= end; i++) {
            CoreLabel token = sentence.token(i);
            if (token.tag().startsWith("VB") || token.tag().startsWith("W") || TokenSpans.isPunctuation(token)) {
                return false;
            }
        }
        return true;
    }

    private static int lastComma(ParsedSentence sentence) {
        for (int i = sentence.tokens().size(); i >= 1; i--) {
            if (",".equals(sentence.token(i).word())) {
                return i;
            }
        }
        return -1;
    }

    /** The last token before the final stop and closing marks. */
    private static int lastWord(ParsedSentence sentence) {
        int i = sentence.tokens().size();
        while (i >= 1 && TokenSpans.isPunctuation(sentence.token(i))) {
            i--;
        }
        return i;
    }

    private static SortedSet<Integer> range(int from, int to) {
        SortedSet<Integer> indices = new TreeSet<>();
        for (int i = from; i <= to; i++) {
            indices.add(i);
        }
        return indices;
    }
}
