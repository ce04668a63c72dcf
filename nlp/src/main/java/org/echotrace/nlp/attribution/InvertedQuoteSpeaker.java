package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * "“...,” said Senator Jane Doe, Republican of Ohio, ..." read off the words: the parser often makes the
 * name the subject of a later verb or the cue a modifier of the name, and then no shape fits. A cue verb right
 * after a quotation that closes on a comma, followed by a short noun phrase (and its apposition, set off by
 * commas) is an attribution of that quotation to that phrase. Anything else yields nothing.
 */
final class InvertedQuoteSpeaker {

    /** A name's words: a short noun phrase's, foreign words (the tagger reads some surnames so) and "of", "and". */
    private static final Set<String> NAME_TAGS = union(TrailingSpeaker.PHRASE_TAGS, Set.of("FW", "IN", "CC", "``", "''"));
    /** The most words of the name and of the apposition and relative clause after it that are taken with it. */
    private static final int LONGEST_NAME = 8;
    private static final int LONGEST_TAIL = 30;

    private InvertedQuoteSpeaker() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static Optional<Candidate> find(String text, List<TextSpan> quotes, ParsedSentence sentence, CueLexicon lexicon) {
        int size = sentence.tokens().size();
        for (int cue = 3; cue < size; cue++) {
            CoreLabel verb = sentence.token(cue);
            if (!verb.tag().matches("VBD|VBZ") || !lexicon.isCue(verb) || !TokenSpans.isQuote(sentence.token(cue - 1))
                    || !",".equals(sentence.token(cue - 2).word()) || !opensName(sentence, cue + 1)) {
                continue;
            }
            TextSpan quote = quoteEndingAt(quotes, sentence.token(cue - 1).endPosition());
            int name = phraseEnd(sentence, cue + 1);
            if (quote == null || name < 0) {
                return Optional.empty();
            }
            int end = speakerEnd(sentence, name);
            if (end < 0) {
                return Optional.empty();
            }
            SortedSet<Integer> source = new TreeSet<>();
            for (int i = cue + 1; i <= end; i++) {
                source.add(i);
            }
            // the quotation's words in this sentence; the finder fits the content to the whole quotation
            SortedSet<Integer> content = new TreeSet<>();
            for (int i = 1; i < cue; i++) {
                if (sentence.token(i).beginPosition() >= quote.start()) {
                    content.add(i);
                }
            }
            return AttributionSpans.ofWords("inverted-quote-speaker", text, sentence, cue, source, content);
        }
        return Optional.empty();
    }

    /**
     * Where the speaker's phrase ends: PolNeAR's source after an inverted cue runs with its appositions and
     * relative clauses to the end of the sentence ("said Jane Doe, who was the group's chief, then ..."), but
     * a participle set off by a comma is what the speaker did, not who they are ("said Jane Doe, Republican of
     * Ohio[,] becoming the first ..."): the source ends with that comma. -1 where the rest is too long to trust.
     */
    private static int speakerEnd(ParsedSentence sentence, int name) {
        int last = name;
        for (int i = name + 1; i <= sentence.tokens().size(); i++) {
            CoreLabel token = sentence.token(i);
            if (",".equals(token.word()) && i + 1 <= sentence.tokens().size() && sentence.token(i + 1).tag().equals("VBG")) {
                return i;
            }
            if (!TokenSpans.isPunctuation(token)) {
                last = i;
            }
        }
        return last - name < LONGEST_TAIL ? last : -1;
    }

    /**
     * A name starts here: a proper noun, or a determiner before one, maybe in quotation marks ("argued a “White
     * Paper” produced for ...", which the parser reads as the subject of "produced").
     */
    private static boolean opensName(ParsedSentence sentence, int from) {
        if (sentence.token(from).tag().startsWith("NNP")) {
            return true;
        }
        int next = from + 1;
        while (next <= sentence.tokens().size() && TokenSpans.isQuote(sentence.token(next))) {
            next++;
        }
        return sentence.token(from).tag().equals("DT") && next <= sentence.tokens().size()
                && sentence.token(next).tag().startsWith("NNP");
    }

    private static TextSpan quoteEndingAt(List<TextSpan> quotes, int end) {
        return quotes.stream().filter(q -> q.end() == end).findFirst().orElse(null);
    }

    /** The last index of a noun phrase of at most {@link #LONGEST_NAME} words from {@code from}, or -1. */
    private static int phraseEnd(ParsedSentence sentence, int from) {
        int i = from;
        while (i <= sentence.tokens().size() && NAME_TAGS.contains(sentence.token(i).tag())) {
            i++;
        }
        int last = i - 1;
        while (last >= from && sentence.token(last).tag().matches("IN|CC|DT")) {
            last--;
        }
        return last >= from && last - from < LONGEST_NAME ? last : -1;
    }
}
