package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * The grammatical shapes of an attribution, as Semgrex patterns over a sentence's basic dependencies. Each
 * names its {@code cue}, {@code source} and {@code content} nodes; the finder checks the cue against the
 * lexicon. Patterns are tried in order and a cue takes the first shape it fits, so the specific shapes come
 * first. A sentence that fits none yields nothing: no guessing at sources. Which words are cues is the
 * caller's judgement ({@link CueModel}).
 */
final class SemgrexRules {

    /** How the content's words follow from the matched content node. */
    enum ContentShape {
        /** the content node and all it governs ("said [that the talks failed]") */
        SUBTREE,
        /** the content node's clause minus the branch holding the cue ("[the talks failed], a source said") */
        CLAUSE_WITHOUT_CUE,
        /** no content node: the quotation right before or after the cue and source ("“...,” he said") */
        ADJACENT_QUOTATION,
        /** the object of a preposition that follows the cue and joins it ("called [for] a ban") */
        PREPOSITIONAL,
        /**
         * what the cue governs besides its source and its own words, the longest unbroken stretch of it: for
         * cues whose grammar no other shape reads ("[has been criticized] by his rivals", "an ad [calling] him a
         * loser"), where the content is rough but the cue and source are plain
         */
        REST_OF_CUE,
        /**
         * no content node: the sentence's words outside the source's phrase, the longest unbroken stretch of them
         * ("That's [according to] fundraising reports", where the parse made the phrase the root)
         */
        REST_OF_SENTENCE
    }

    record Rule(String name, SemgrexPattern pattern, ContentShape shape) {
        static Rule of(String name, String pattern, ContentShape shape) {
            return new Rule(name, SemgrexPattern.compile(pattern), shape);
        }
    }

    /** Whether a word heads a cue when read with the named shape. */
    @FunctionalInterface
    interface CueJudge {
        boolean isCue(IndexedWord cue, String shape);
    }

    /** One fitted shape: the nodes of cue, source (maybe null) and content, and the rule that fitted. */
    record Match(Rule rule, IndexedWord cue, IndexedWord source, IndexedWord content) {
    }

    /** The shape of a gerund the parser hung on its own object as a modifier. */
    static final String GERUND_AS_MODIFIER = "gerund-as-modifier";

    private static final String SUBJECT = ">/^nsubj/";
    private static final String COMPLEMENT = ">/^(ccomp|xcomp|parataxis)$/";

    static final List<Rule> RULES = List.of(
            // "according to officials, [the talks failed]" / "[the talks failed], according to officials"
            Rule.of("according-to", "{}=content >/^(obl|advcl|nmod)/ ({}=source >case ({lemma:/(?i)accord(ing)?/}=cue >fixed {}))",
                    ContentShape.CLAUSE_WITHOUT_CUE),
            // the same cue where the parse hung its phrase under no clause it fits (the root of "That's according to
            // reports", or a noun's dependent): the surest cue there is, so the rest of the sentence is what it says
            Rule.of("according-to-loose", "{}=source >case ({lemma:/(?i)accord(ing)?/}=cue >fixed {})",
                    ContentShape.REST_OF_SENTENCE),
            // "officials said [that the talks failed]", "he told reporters [the talks failed]"
            Rule.of("subject-cue-complement", "{}=cue " + SUBJECT + " {}=source " + COMPLEMENT + " {}=content",
                    ContentShape.SUBTREE),
            // "[the talks failed], a source said" when the parser hangs the cue off the content
            Rule.of("parenthetical", "{}=content >/^(parataxis|dep)$/ ({}=cue " + SUBJECT + " {}=source !"
                    + COMPLEMENT + " {})", ContentShape.CLAUSE_WITHOUT_CUE),
            // "the minister denied [the reports]"
            Rule.of("subject-cue-object", "{}=cue " + SUBJECT + " {}=source >obj {}=content", ContentShape.SUBTREE),
            // "the group issued a statement, saying [it would leave]" / "he smiled and said [...]"; not an xcomp
            // ("sought to [distinguish] himself"), where the governing verb is the cue if any
            Rule.of("shared-subject", "{}=governor " + SUBJECT + " {}=source >/^(advcl|conj|dep)$/ ({}=cue !"
                    + SUBJECT + " {} >/^(ccomp|xcomp|parataxis|obj)$/ {}=content)", ContentShape.SUBTREE),
            // "“We will stay,” the spokesman said." whatever the parser made of the quotation
            Rule.of("quotation-speaker", "{}=cue " + SUBJECT + " {}=source", ContentShape.ADJACENT_QUOTATION),
            // "“We will stay,” said the spokesman." with the speaker taken for an object
            Rule.of("quotation-inverted-speaker", "{}=cue >/^(obj|iobj|xcomp|dep|appos)$/ {tag:/^NN.*/}=source",
                    ContentShape.ADJACENT_QUOTATION),
            // "he urged women to vote, saying, “...”"
            Rule.of("shared-subject-quotation", "{}=governor " + SUBJECT + " {}=source >/^(advcl|xcomp|conj|dep)$/ ({}=cue !"
                    + SUBJECT + " {})", ContentShape.ADJACENT_QUOTATION),
            // "Clinton called for a ban", "he was referring to the vote"
            Rule.of("subject-cue-preposition", "{}=cue " + SUBJECT + " {}=source >/^obl/ ({}=content >case {})",
                    ContentShape.PREPOSITIONAL),
            // "..., referring to the vote"
            Rule.of("shared-subject-preposition", "{}=governor " + SUBJECT + " {}=source >/^(advcl|xcomp|conj|dep)$/ ({}=cue !"
                    + SUBJECT + " {} >/^obl/ ({}=content >case {}))", ContentShape.PREPOSITIONAL),
            // "Fiorina backed Cruz, [saying] it is time ...": the parser took the participle for the marker of what
            // was said; the source is the subject of the clause it closes
            Rule.of("participle-as-marker", "{}=governor " + SUBJECT + " {}=source >/^(advcl|dep|conj|parataxis)$/ ({}=content"
                    + " >mark {tag:VBG}=cue)", ContentShape.CLAUSE_WITHOUT_CUE),
            // "attacked Fiorina by [reminding] voters that ...", "Reeves wrote, [citing] precedent": the parser took the
            // gerund for a modifier of its object; the source is the subject of the clause ({@link ImpliedSource})
            Rule.of(GERUND_AS_MODIFIER, "{}=content >amod {tag:VBG}=cue", ContentShape.SUBTREE),
            // "is expected to win", "wants to ...", a cue with no subject of its own: the source is not in the
            // sentence's grammar (PolNeAR leaves it out, or it is further away)
            Rule.of("cue-complement", "{}=cue !" + SUBJECT + " {} " + COMPLEMENT + " {}=content", ContentShape.SUBTREE),
            // "as the newspaper reported, [the talks failed]"
            Rule.of("as-clause", "{}=content >advcl ({}=cue >mark {lemma:/(?i)as/} " + SUBJECT + " {}=source)",
                    ContentShape.CLAUSE_WITHOUT_CUE),
            // "[the nominee] [has been endorsed] by [dozens of papers]": the source is the agent of the passive, the
            // content its subject (the "by" is left out of both: train's passive cues end with it 64 times in 340)
            Rule.of("passive-agent", "{}=cue >/^nsubj:pass$/ {}=content >/^obl(:agent)?$/ ({}=source >case {lemma:by})",
                    ContentShape.SUBTREE),
            // last, for a word the model is sure of whatever grammar it stands in
            // "voters [weighed in on] their picks": a subject and anything else
            Rule.of("subject-cue-rest", "{}=cue >nsubj {}=source", ContentShape.REST_OF_CUE),
            // "an ad [calling] him a loser", "[has been criticized] for ...": no subject in reach
            Rule.of("cue-rest", "{}=cue !>nsubj {}", ContentShape.REST_OF_CUE));

    private SemgrexRules() {
    }

    /** Whether the named shape is one of the fallbacks that read a cue's grammar whatever it is. */
    static boolean isFallback(String shape) {
        return RULES.stream().anyMatch(rule -> rule.name().equals(shape) && rule.shape() == ContentShape.REST_OF_CUE);
    }

    /** A verb the lexicon knows as a cue ("according" is a verb form too): the judge where no model is given. */
    static boolean isLexiconCue(ParsedSentence sentence, IndexedWord node, CueLexicon lexicon) {
        CoreLabel token = sentence.token(node);
        return token.tag().startsWith("VB") && lexicon.isCue(token);
    }

    /**
     * Every cue word's matches, in the order to try them: by rule, and within a rule the source nearest the
     * cue first ("The resolution, sources told the agency, ...": "sources"). The first match that yields
     * spans wins; a shape that fits but yields nothing (no quotation next to "he said") gives way to the next.
     */
    static Map<Integer, List<Match>> matches(ParsedSentence sentence, CueJudge judge) {
        Map<Integer, List<Match>> byCue = new TreeMap<>();
        for (Rule rule : RULES) {
            List<Match> found = new ArrayList<>();
            SemgrexMatcher m = rule.pattern().matcher(sentence.graph());
            while (m.find()) {
                IndexedWord cue = m.getNode("cue");
                if (!judge.isCue(cue, rule.name())) {
                    continue;
                }
                if (rule.name().equals("quotation-inverted-speaker") && m.getNode("source").index() < cue.index()) {
                    continue; // an object before its verb is no inverted speaker
                }
                if (rule.name().equals(GERUND_AS_MODIFIER) && !opensItsObject(sentence, cue, m.getNode("content"))) {
                    continue; // "Declared Candidates", "the [ruling] party": a modifier indeed
                }
                IndexedWord content = rule.shape() == ContentShape.ADJACENT_QUOTATION ? null : m.getNode("content");
                IndexedWord source = m.getNode("source");
                IndexedWord implied = source == null ? ImpliedSource.of(sentence, cue, rule.name()) : null;
                if (implied != null) {
                    // tried first; where it yields no spans the cue is still read without a source
                    found.add(new Match(rule, cue, implied, content));
                }
                found.add(new Match(rule, cue, source, content));
            }
            found.sort(Comparator.comparingInt(SemgrexRules::distance));
            found.forEach(match -> byCue.computeIfAbsent(match.cue().index(), k -> new ArrayList<>()).add(match));
        }
        return byCue;
    }

    /**
     * Whether a gerund opens the phrase of the noun it modifies right after "by" or a comma ("by [denouncing the New
     * Deal]", ", [citing precedent]"), where it is a verb the parser misread, not an adjective.
     */
    private static boolean opensItsObject(ParsedSentence sentence, IndexedWord cue, IndexedWord object) {
        if (object.index() < cue.index() || cue.index() < 2) {
            return false;
        }
        int first = sentence.subtree(object, sentence.children(object, "case"), Set.of()).first();
        String before = sentence.token(cue.index() - 1).word().toLowerCase(java.util.Locale.ROOT);
        return first == cue.index() && (before.equals("by") || before.equals(","));
    }

    private static int distance(Match match) {
        // a reading without a source comes after one with an implied source ({@link ImpliedSource})
        return match.source() == null ? Integer.MAX_VALUE : Math.abs(match.source().index() - match.cue().index());
    }
}
