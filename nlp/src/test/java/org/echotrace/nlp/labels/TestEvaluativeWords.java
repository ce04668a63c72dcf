package org.echotrace.nlp.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The support rule for PTC's vocabulary, on the committed resources (evaluative-words.tsv's counts from PTC's
 * vocabulary part, MPQA's clues): each case names the row or clue that decides it, so a rebuilt list that
 * changes a decision shows here.
 */
class TestEvaluativeWords {

    private static Optional<EvaluativeWords.Match> match(String word, String lemma) {
        return EvaluativeWords.match(word, lemma);
    }

    private static void assertMatch(String word, String lemma, String evidence, String entry) {
        assertEquals(Optional.of(new EvaluativeWords.Match(evidence, entry)), match(word, lemma), word);
    }

    private static void assertNone(String word, String lemma) {
        assertEquals(Optional.empty(), match(word, lemma), word);
    }

    @Test
    void markedInEnoughArticlesAndOccurrences() {
        // charade: 4 of 4 occurrences in 3 articles; leftist: 9 of 13 in 6; neither is an MPQA clue
        assertMatch("charade", "charade", EvaluativeWords.PTC, "charade");
        assertMatch("leftist", "leftist", EvaluativeWords.PTC, "leftist");
    }

    @Test
    void oneAnnotatorsMarksAreNotEnough() {
        // bottom: 2 of 8 in 2 articles; accommodate: 1 of 4 in 1; no MPQA clue for either or their lemmas
        assertNone("bottom", "bottom");
        assertNone("accommodate", "accommodate");
        // priest: 5 articles, but 8 of 42 occurrences (under a quarter)
        assertNone("priest", "priest");
    }

    @Test
    void anMpqaPolarNounOrAdjectiveSupportsAPtcWord() {
        // favorite: 1 of 4 in 1 article, but a (strong, positive) MPQA adjective
        assertMatch("favorite", "favorite", EvaluativeWords.PTC, "favorite");
        // derived forms as before: "terrorist" is PTC's "terror" (7 of 32 in 6 articles), a negative MPQA noun
        assertMatch("terrorist", "terrorist", EvaluativeWords.PTC, "terror");
        assertMatch("terrorists", "terrorist", EvaluativeWords.PTC, "terror");
    }

    @Test
    void theLemmasClueOfAnyPartOfSpeechSupports() {
        // hated: 1 of 6 in 1 article; MPQA lists "hate" as a verb only
        assertMatch("hated", "hate", EvaluativeWords.PTC, "hated");
        assertNone("hated", null);
        // shines: 2 of 4 in 2 articles; MPQA's "shine" is a positive clue of any part of speech
        assertMatch("shines", "shine", EvaluativeWords.PTC, "shines");
    }

    @Test
    void mpqaStrongNegativesAndTheUnmarkedVetoAreUnchanged() {
        // not in PTC's list: MPQA's strong negative noun and adjective matches alone, as before
        assertMatch("dissident", "dissident", EvaluativeWords.MPQA_STRONG, "dissident");
        // a strong negative clue that PTC's annotators saw often and hardly ever marked (unmarked-words.tsv)
        assertNone("concerned", "concerned");
    }

    @Test
    void shortAndFunctionWordsNeverMatch() {
        assertTrue(match("it", "it").isEmpty());
        assertTrue(match("the", "the").isEmpty());
    }

    private static IndexedWord word(String word, String lemma, String tag) {
        CoreLabel label = new CoreLabel();
        label.setWord(word);
        label.setValue(word);
        label.setLemma(lemma);
        label.setTag(tag);
        return new IndexedWord(label);
    }

    @Test
    void saidOfANameAWordNeedsStrongEvidence() {
        // liar: an MPQA strong negative noun; champion, classic: weak positive clues only (PTC marked them in 1
        // article); extremist: a weak negative clue (PTC 1 of 2)
        assertTrue(EvaluativeWords.saidOfAName(word("liar", "liar", "NN")));
        assertFalse(EvaluativeWords.saidOfAName(word("champion", "champion", "NN")));
        assertFalse(EvaluativeWords.saidOfAName(word("classic", "classic", "JJ")));
        assertTrue(EvaluativeWords.saidOfAName(word("extremist", "extremist", "JJ")));
        // a degree by its base: "narrower" is an MPQA strong entry of its own, "narrow" a weak one that PTC's
        // vocabulary holds (1 of 2)
        assertEquals(Optional.of(new EvaluativeWords.Match(EvaluativeWords.PTC, "narrow")),
                EvaluativeWords.match(word("narrower", "narrow", "JJR")));
        // great: PTC's counts fall short (13 of 85), MPQA lists it strong; so the superlative too
        assertTrue(EvaluativeWords.saidOfAName(word("greatest", "great", "JJS")));
    }

    @Test
    void aFeelingIsAnEdFormWhoseCauseMpqaLists() {
        // shocking, impressive, terrifying are MPQA clues; "hateful" is not the cause of "hated", nor are there
        // "biasing" or "devoting"
        assertAll(EvaluativeWords::namesAFeeling, true, "shocked/shocked/JJ", "impressed/impress/VBN",
                "terrified/terrify/JJ");
        assertAll(EvaluativeWords::namesAFeeling, false, "biased/biased/JJ", "devoted/devoted/JJ", "hated/hate/VBN");
    }

    @Test
    void aRoleIsANounNewsMostlyGivesAPossessor() {
        // relational-words.tsv: opponent 13 of 28 with a possessor; liar 0 of 15 (not listed); abstract nouns are
        // left out ("his failure to act"); only nouns ("his stupid idea" gives the noun the possessor)
        assertAll(EvaluativeWords::relational, true, "opponents/opponent/NNS");
        assertAll(EvaluativeWords::relational, false, "liar/liar/NN", "failure/failure/NN", "favorite/favorite/JJ");
    }

    /** Each "word/lemma/tag" gives {@code expected}. */
    private static void assertAll(Predicate<IndexedWord> test, boolean expected, String... words) {
        for (String w : words) {
            String[] parts = w.split("/");
            assertEquals(expected, test.test(word(parts[0], parts[1], parts[2])), w);
        }
    }

    @Test
    void aCommonWordJudgesANameOnlyWithAStrongClue() {
        // black: 47 occurrences in PTC's vocabulary part, 14 marked in 8 articles (supported), a weak MPQA clue only;
        // great: 85 occurrences, a strong positive adjective; terrorist: PTC's "terror" (32), a strong negative noun
        assertAll(EvaluativeWords::test, true, "black/black/JJ");
        assertAll(EvaluativeWords::saidOfAName, false, "black/black/JJ");
        assertAll(EvaluativeWords::saidOfAName, true, "great/great/JJ", "terrorist/terrorist/JJ");
    }

    @Test
    void peopleNounsByTheirEndingOrAnMpqaNounClue() {
        // MPQA's "game" is an adjective clue ("game for anything"): games are things
        assertAll(EvaluativeWords::namesPeople, true, "terrorists/terrorist/NNS", "traitors/traitor/NNS");
        assertAll(EvaluativeWords::namesPeople, false, "games/game/NNS");
    }
}
