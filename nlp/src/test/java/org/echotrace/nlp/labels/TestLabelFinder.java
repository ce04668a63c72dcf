package org.echotrace.nlp.labels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.domain.DescriptorKind;
import org.echotrace.domain.Document;
import org.echotrace.language.LabelCandidate;
import org.echotrace.nlp.Example;
import org.junit.jupiter.api.Test;

/**
 * Labels on real text: sentences of PTC (the held-out part as well as the vocabulary part) and PolNeAR,
 * and the bundled example's reports. The evaluative words come from PTC only (see docs/evaluation.md).
 */
class TestLabelFinder {

    private static List<LabelCandidate> labels(String text) {
        return Example.ANALYZER.analyze(Document.of("t", text), null).labels();
    }

    private static boolean has(List<LabelCandidate> labels, String text, String label, String target) {
        return labels.stream().anyMatch(l -> l.label().text().equals(label) && l.target().of(text).equals(target));
    }

    private static void assertLabel(String text, String label, String target) {
        List<LabelCandidate> found = labels(text);
        assertTrue(has(found, text, label, target), () -> "no \"" + label + "\" on \"" + target + "\" in " + found);
    }

    @Test
    void premodifierOfAName() {
        // PTC article 780619695
        assertLabel("How inconvenient that Farrell, Head of this Synod on Youth, roomed with the notorious Cardinal "
                + "Theodore McCarrick for six years and never knew anything about McCarrick’s predatory behavior.",
                "notorious", "Cardinal Theodore McCarrick");
    }

    @Test
    void appositionToAName() {
        // PTC article 776373795
        assertLabel("The president suggested in a subsequent tweet that Manafort was being treated worse than Al Capone, "
                + "the notorious Prohibition-era Chicago gangster.", "notorious", "Al Capone");
    }

    @Test
    void predicateNominalOfAName() {
        // PolNeAR
        assertLabel("Donald Trump is a liar and Lester Holt needs to fact check him in the in the middle of the debate.",
                "liar", "Donald Trump");
    }

    private static void assertNoEvaluativeLabelOn(String text, String target) {
        List<LabelCandidate> found = labels(text);
        assertFalse(found.stream().anyMatch(l -> l.evaluative() && l.target().of(text).equals(target)), found::toString);
    }

    @Test
    void aNounOfARelationIsNoJudgement() {
        // PolNeAR dev: "opponent" is in the subjectivity lexicon, but "his opponent" names a role
        String text = "The Republican nominee also linked cyber vulnerabilities to the private email server used by "
                + "his Democratic opponent, Hillary Clinton.";
        assertNoEvaluativeLabelOn(text, "Hillary Clinton");
    }

    @Test
    void whatSomeoneDescribesAsSomethingIsTheObject() {
        // PolNeAR dev
        String text = "Trump further described the incident as a \u201cterrible situation,\u201d but stopped short of "
                + "calling Shelby\u2019s actions racially motivated.";
        assertNoEvaluativeLabelOn(text, "Trump");
    }

    @Test
    void aRelativeClauseCharacterisesItsAntecedent() {
        // PolNeAR dev, a headline
        String text = "Be the Clinton who shines in a smaller crowd";
        List<LabelCandidate> found = labels(text);
        assertTrue(found.stream().anyMatch(l -> l.kind() == DescriptorKind.RELATIVE_CLAUSE && l.evaluative()
                && l.target().of(text).equals("Clinton") && l.label().text().startsWith("who shines")), found::toString);
    }

    @Test
    void derivedFormsOfALexiconsWordsAreEvaluative() {
        // seeds: the lexicons list "terror" and "dissident"; "terrorists" and "dissident group" are matched to them
        Document report000 = Example.report("000");
        List<LabelCandidate> found = Example.analyzed("000").labels();
        assertTrue(found.stream().anyMatch(l -> l.kind() == DescriptorKind.COMPOUND_HEAD && l.evaluative()
                && l.label().text().equals("terrorists") && l.family().equals("terror")
                && l.target().of(report000.text()).equals("MKO")), found::toString);
        Document report004 = Example.report("004");
        List<LabelCandidate> found004 = Example.analyzed("004").labels();
        assertTrue(found004.stream().anyMatch(l -> l.evaluative() && l.label().text().equals("dissident group")
                && l.target().of(report004.text()).equals("the dissident group")), found004::toString);
    }

    @Test
    void anAppositionAtTheSentencesEndIsReadFromTheText() {
        // seeds 001: the parser ties "Maryam Rajavi" to the verb; the comma after "the MKO ringleader" says apposition
        Document report001 = Example.report("001");
        List<LabelCandidate> found = Example.analyzed("001").labels();
        assertTrue(has(found, report001.text(), "ringleader", "Maryam Rajavi"), found::toString);
    }

    @Test
    void neutralWordsAreNoLabels() {
        String text = "The Albanian Prime Minister Edi Rama said the group is not allowed to use Albania for war.";
        assertTrue(labels(text).stream().noneMatch(LabelCandidate::evaluative), () -> labels(text).toString());
    }

    @Test
    void eachReportLabelsTheGroupInItsOwnWords() {
        Document tehranTimes = Example.report("001");
        List<LabelCandidate> found = Example.analyzed("001").labels();
        // premodifier on the group's name, with the noun it judges: "the Mujahedin-e-Khalq terror organization"
        assertTrue(has(found, tehranTimes.text(), "terror organization", "Mujahedin-e-Khalq"), found::toString);
        // a description that stands for the group: "the terror organization has decided"
        assertTrue(has(found, tehranTimes.text(), "terror organization", "the terror organization"), found::toString);

        Document report003 = Example.report("003");
        List<LabelCandidate> found003 = Example.analyzed("003").labels();
        assertTrue(has(found003, report003.text(), "notorious group", "the notorious group"), found003::toString);
        assertTrue(has(found003, report003.text(), "hated group", "The hated group"), found003::toString);
    }

    private static void assertNoEvaluativeLabel(String text) {
        List<LabelCandidate> found = labels(text);
        assertTrue(found.stream().noneMatch(LabelCandidate::evaluative), found::toString);
    }

    @Test
    void aVerbTaggedAsAModifierIsNoLabel() {
        // PolNeAR train (round 5): "ridicule" is a noun with a manner adverb, i.e. a verb the parser made a modifier
        assertNoEvaluativeLabelOn("This phony fact check goes on to openly ridicule Donald Trump, Ben Carson, and "
                + "Carly Fiorina for criticizing Obama\u2019s decision to take in additional Syrian refugees.", "Donald Trump");
        // PolNeAR train (round 6): "degrading" is coordinated with the verb "destroying"
        assertNoEvaluativeLabelOn("During their phone call Tuesday, Obama and Hollande \"reaffirmed their shared commitment "
                + "to degrading and destroying ISIL and standing against the broader scourge of terrorism,\" the White "
                + "House said.", "ISIL");
    }

    @Test
    void aFeelingWithItsCauseIsTheSubjectsFeeling() {
        // PolNeAR train (round 5)
        assertNoEvaluativeLabelOn("Trump himself was delighted by the resulting controversy.", "Trump");
    }

    @Test
    void anAdjectiveUnderAPersonsPossessorIsThatPersonsView() {
        // PolNeAR train (round 5): "favorite" is Trump's preference, not a judgement of the plane
        assertNoEvaluativeLabel("The Boeing 757, which Mr. Trump calls his Trump Force One, is Mr. Trump's favorite "
                + "flying toy, he said in an interview on Saturday.");
        // PolNeAR train (round 6): a group's possessive ("its") is no person's view; the label stays
        assertLabel("Each acted alone for his own reason, but each paid tribute before his deadly action to the Islamic "
                + "State terrorist group and its fanatic leader, Abu Bakr al-Baghdadi.", "fanatic", "Abu Bakr al-Baghdadi");
    }

    @Test
    void anAppositionIsOfThePhrasesOwnThing() {
        // PolNeAR train (round 5): "Libya" says where Benghazi is; the fateful moment is the movie's
        assertNoEvaluativeLabelOn("It is the most fateful moment in a movie that purports to present a searingly "
                + "accurate account of the 2012 attacks that left four Americans dead in Benghazi, Libya: a scene in "
                + "which the highest-ranking CIA operative orders his security team to stand down.", "Libya");
        // PolNeAR train (round 6): "particularly" picks Trump out of the Republicans; he is not the rhetoric
        assertNoEvaluativeLabelOn("\"I worry greatly that the rhetoric coming from the Republicans, particularly Donald "
                + "Trump, is sending a message to Muslims here in the United States.\"", "Donald Trump");
    }

    @Test
    void aRelativeClauseActingOnSomethingElseDoesNotJudgeItsAntecedent() {
        // PolNeAR train (round 6): "praised" is what Clinton did, "controversial" judges the agreement
        String text = "Clinton, who once praised the controversial Trans-Pacific Partnership trade agreement, offered "
                + "her firmest promise yet that she would not allow the accord to pass.";
        List<LabelCandidate> found = labels(text);
        assertTrue(found.stream().anyMatch(l -> l.kind() == DescriptorKind.RELATIVE_CLAUSE
                && l.target().of(text).equals("Clinton")), found::toString);
        assertNoEvaluativeLabelOn(text, "Clinton");
    }

    @Test
    void aWordOfATitleIsNoLabel() {
        // PolNeAR train (round 6): "vice" (a lexicon's noun) is part of the title
        assertNoEvaluativeLabelOn("Huma Abedin, vice chairwoman for Clinton\u2019s presidential campaign, emailed "
                + "supporters on Monday evening.", "Huma Abedin");
        assertNoEvaluativeLabel("The time frame in which Democrats' vice presidential nominee, Sen. Tim Kaine (D-Va.), "
                + "promised immigration reform if he and Clinton take office in January.");
        // PolNeAR train (round 2), a headline: the capitals leave the order unread, the label stays
        assertLabel("Underdog Conservative Claudia Tenney Beats Establishment in New York Primary", "Underdog",
                "Claudia Tenney");
    }

    @Test
    void aPredicateAfterAPrepositionSaysWhereItsSubjectIs() {
        // PolNeAR train (round 2): "fierce" judges the fight the candidates are in, not Kasich
        assertNoEvaluativeLabelOn("The ad comes only a day before the New Hampshire primary, where Kasich, Bush and other "
                + "GOP candidates are in a fierce fight for second place behind front-runner Donald Trump.", "Kasich");
        // PolNeAR train (round 7): the countries are in the dispute, "dispute" does not judge them
        assertNoEvaluativeLabelOn("The second reason is that Israel has a close economic relationship with Azerbaijan, "
                + "and Armenia and Azerbaijan are in a heated dispute over Nagorno-Karabakh.", "Armenia");
    }

    @Test
    void aWeakClueOrARoleSaidOfANameJudgesNobody() {
        // PolNeAR train (round 7): "champion" is a weak MPQA clue, here a title
        String tyson = "Donald Trump\u2019s campaign aides are lining up a slate of iconic sports figures to appear at the "
                + "convention in Cleveland next month, including former undisputed world heavyweight champion Mike Tyson.";
        assertNoEvaluativeLabelOn(tyson, "Mike Tyson");
        // the word stays loaded language of the text (what PTC scores), said of itself
        assertTrue(labels(tyson).stream().anyMatch(l -> l.evaluative() && l.target().of(tyson).equals("champion")));
        // PolNeAR train (round 7): "opponent", a strong MPQA clue, is a role (news mostly says whose)
        assertNoEvaluativeLabelOn("These figures are relatively unsurprising, as Democratic opponent Sen. Bernie Sanders "
                + "(I-Vt.) has made Clinton's Wall Street ties a centerpiece of his campaign.", "Bernie Sanders");
        // PolNeAR train (round 7): strong clues said of a name stay
        assertLabel("The real story here is that more than half of Republican primary voters in Iowa opted for Trump \u2014 a "
                + "blowhard billionaire who has embraced open racism and is tearing the GOP apart \u2014 and Cruz, the most "
                + "loathed man in Washington.", "loathed man", "Cruz");
        assertLabel("Betsy Ebeling has been held up throughout the campaign as living proof that Clinton is an honest "
                + "broker despite cutting attacks on her character.", "honest", "Clinton");
    }

    @Test
    void howTheSubjectFeelsOrActsIsNoJudgementOfIt() {
        // PolNeAR train (rounds 6 and 7): feelings ("shocking" is what causes one)
        assertNoEvaluativeLabelOn("Chuck Todd was shocked.", "Chuck Todd");
        assertNoEvaluativeLabelOn("Guessford was shocked to get a personal call from a close childhood friend.",
                "Guessford");
        // PolNeAR train (round 7): an attitude toward an act
        assertNoEvaluativeLabelOn("Mr. Obama, whose approval ratings have risen above 50 percent, was loath to be seen as "
                + "taking a victory lap.", "Obama");
        // PolNeAR train (round 7): the manner of an activity
        assertNoEvaluativeLabelOn("Former Florida Sen. Bob Graham, who helped author the original congressional report, "
                + "has been especially aggressive in pushing the Obama administration to release the 28 pages.",
                "Bob Graham");
        // PolNeAR train (round 7): a role as the complement is a judgement of fitness
        assertLabel("\u201cLet me make it very clear, if I haven\u2019t 10,000 times previously, that Donald Trump is unfit to "
                + "be president of the United States,\u201d he asserted to reporters on Tuesday.", "unfit", "Donald Trump");
    }

    @Test
    void aHeadingInCapitalsIsNotReadForWhatItsWordsAreSaidOf() {
        // PolNeAR train (rounds 6 and 7): "ON" and "JEROME ARTHUR" are the tagger's guesses
        assertNoEvaluativeLabelOn("NEW HAMPSHIRE PRIMARY // GAME ON;", "ON");
        assertNoEvaluativeLabelOn("Deaths SIEGEL, JEROME ARTHUR.", "JEROME ARTHUR");
    }

    @Test
    void wordsBeforeANameThatModifiesANounAreSaidOfTheNoun() {
        // PolNeAR train (round 9, batch A): the comparisons are derisive, not Obama
        assertNoEvaluativeLabelOn("So they have tweaked his answer to the derisive Obama comparisons several times.",
                "Obama");
        // a weak negative clue said of a name still judges it
        assertLabel("The German campaign, perhaps not surprisingly, is meeting stiff resistance from far-right groups, "
                + "including the extremist National Democratic Party of Germany, which in March will face a hearing to "
                + "determine whether it should be banned.", "extremist", "National Democratic Party of Germany");
    }

    @Test
    void theItemsOfAListRenameNothing() {
        // PolNeAR train (round 9, batch A): the parser reads the list's items as appositions of one another
        assertNoEvaluativeLabelOn("For all the criticism of his approach to the Islamic State, several supposed "
                + "alternatives are things that have already been tried: airstrikes, arming the opposition, Special "
                + "Forces, social-media propaganda.", "Special Forces");
    }

    @Test
    void aVerbTheTaggerReadAsAModifierIsNoWordForTheName() {
        // PolNeAR train (round 9): the words before the names open no noun phrase
        assertNoEvaluativeLabelOn("After the New Hampshire primary, the inherent conflict was evident: Sanders crushed "
                + "Clinton in the Granite State, but the state\u2019s Democratic senator, Jeanne Shaheen, had already "
                + "endorsed Clinton.", "Clinton");
        assertNoEvaluativeLabelOn("Sanders, who has made rebuilding the middle class a rallying cry of his campaign, "
                + "went out of his way in talking to reporters to praise Obama's economic accomplishments, citing "
                + "statistics about the dire financial outlook he inherited.", "Obama");
        assertNoEvaluativeLabelOn("Inside the Quicken Loans Arena, controversy dogged Donald Trump's convention.",
                "Donald Trump");
        // the phrase's own preposition opens it: "of" hangs on "group"
        assertTrue(labels("The remaining members of MKO terrorist group based in Iraq for decades left on Friday.")
                .stream().anyMatch(LabelCandidate::evaluative));
    }

    @Test
    void aNounInATitlesSlotOrACategoryDoesNotJudgeTheName() {
        // PolNeAR train (round 9)
        assertNoEvaluativeLabelOn("In the face of terror America doesn't panic, Clinton told a crowd in Seattle.", "America");
        assertNoEvaluativeLabelOn("Michael O'Hanlon, a foreign policy expert at the Brookings Institution, says Libya "
                + "is the biggest trouble spot for Clinton.", "Libya");
        // "games" are the team's things, not its people
        assertNoEvaluativeLabelOn("Christie has attended numerous New York Jets and New York Giants football games "
                + "since becoming governor.", "New York Giants");
    }

    @Test
    void aCapitalInsideASentenceMarksAPieceOfAName() {
        // PolNeAR train (round 9): "Nice" is the city
        assertNoEvaluativeLabelOn("The Associated Press quoted Wassim Bouhlel, a Nice native, as saying that after "
                + "slamming into the crowd, the truck driver emerged with a gun and started shooting.", "Wassim Bouhlel");
        String text = "Zimmerman said he planned to use the proceeds from the sale to fight \"Black Lives Matter\" "
                + "violence against law enforcement officers.";
        assertTrue(labels(text).stream().noneMatch(l -> l.evaluative() && l.label().text().startsWith("Black")),
                () -> labels(text).toString());
    }

    @Test
    void aPastCopulaInAClauseOfItsOwnTellsAState() {
        // PolNeAR train (round 9): how the subject was at the time, not what it is
        assertNoEvaluativeLabelOn("Obama was furious, leading to the tense meeting at the White House.", "Obama");
        assertNoEvaluativeLabelOn("Throughout the debate, Trump was clearly unhappy with the way he was being treated "
                + "by his fellow Republicans.", "Trump");
        // a claim reported in the past stays a judgement of its subject
        assertLabel("Soon after, the picture turned up in a widely read Washington newspaper column alongside an item "
                + "suggesting that Mr. Rogan was hypocritical for promoting his rivalry with the Clintons in "
                + "fund-raising appeals.", "hypocritical", "Rogan");
    }

    @Test
    void aClauseADeniedClauseGovernsIsNotAsserted() {
        // PolNeAR train (round 9)
        assertNoEvaluativeLabelOn("Nor is it clear that Bloomberg is the perfect centrist.", "Bloomberg");
    }

    @Test
    void aNameWithAVerbAfterItIsASubjectNotAnApposition() {
        // PolNeAR train (round 9): "Frank writes" is a clause of its own
        assertNoEvaluativeLabelOn("The trouble, Frank writes, began in the early 1970s, with a "
                + "culture clash between the radical left on college campuses and the conservative ideas.", "Frank");
    }

    @Test
    void aPersonsNameWithAnIndefiniteArticleDepictsAMoment() {
        // PolNeAR train (round 10, after its blind reading): a mood, not a judgement
        assertNoEvaluativeLabelOn("\u201cFrance will always be France,\u201d an angry Hollande retaliated.", "Hollande");
    }
}
