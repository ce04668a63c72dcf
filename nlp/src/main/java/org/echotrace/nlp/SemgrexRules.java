package org.echotrace.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * The grammatical shapes of an attribution, as Semgrex patterns over a sentence's basic dependencies. Each
 * names its {@code cue}, {@code source} and {@code content} nodes; the finder checks the cue against the
 * lexicon. Patterns are tried in order and a cue takes the first shape it fits, so the specific shapes come
 * first. A sentence that fits none yields nothing: no guessing at sources.
 */
final class SemgrexRules {

    /** How the content's words follow from the matched content node. */
    enum ContentShape {
        /** the content node and all it governs ("said [that the talks failed]") */
        SUBTREE,
        /** the content node's clause minus the branch holding the cue ("[the talks failed], a source said") */
        CLAUSE_WITHOUT_CUE,
        /** no content node: the quotation right before or after the cue and source ("“...,” he said") */
        ADJACENT_QUOTATION
    }

    record Rule(String name, SemgrexPattern pattern, ContentShape shape, boolean lexiconFree) {
        static Rule of(String name, String pattern, ContentShape shape) {
            return new Rule(name, SemgrexPattern.compile(pattern), shape, false);
        }
    }

    /** One fitted shape: the nodes of cue, source (maybe null) and content, and the rule that fitted. */
    record Match(Rule rule, IndexedWord cue, IndexedWord source, IndexedWord content) {
    }

    private static final String SUBJECT = ">/^nsubj/";
    private static final String COMPLEMENT = ">/^(ccomp|xcomp|parataxis)$/";

    static final List<Rule> RULES = List.of(
            // "according to officials, [the talks failed]" / "[the talks failed], according to officials"
            Rule.of("according-to", "{}=content >/^(obl|advcl|nmod)/ ({}=source >case ({lemma:/(?i)accord(ing)?/}=cue >fixed {}))",
                    ContentShape.CLAUSE_WITHOUT_CUE),
            // "officials said [that the talks failed]", "he told reporters [the talks failed]"
            Rule.of("subject-cue-complement", "{}=cue " + SUBJECT + " {}=source " + COMPLEMENT + " {}=content",
                    ContentShape.SUBTREE),
            // "[the talks failed], a source said" when the parser hangs the cue off the content
            Rule.of("parenthetical", "{}=content >/^(parataxis|dep)$/ ({}=cue " + SUBJECT + " {}=source !"
                    + COMPLEMENT + " {})", ContentShape.CLAUSE_WITHOUT_CUE),
            // "the minister denied [the reports]"
            Rule.of("subject-cue-object", "{}=cue " + SUBJECT + " {}=source >obj {}=content", ContentShape.SUBTREE),
            // "the group issued a statement, saying [it would leave]" / "he smiled and said [...]"
            Rule.of("shared-subject", "{}=governor " + SUBJECT + " {}=source >/^(advcl|xcomp|conj)$/ ({}=cue !"
                    + SUBJECT + " {} >/^(ccomp|xcomp|parataxis|obj)$/ {}=content)", ContentShape.SUBTREE),
            // "“We will stay,” the spokesman said." whatever the parser made of the quotation
            Rule.of("quotation-speaker", "{}=cue " + SUBJECT + " {}=source", ContentShape.ADJACENT_QUOTATION),
            // "“We will stay,” said the spokesman." with the speaker taken for an object
            Rule.of("quotation-inverted-speaker", "{}=cue >/^(obj|iobj|xcomp|dep|appos)$/ {tag:/^NN.*/}=source",
                    ContentShape.ADJACENT_QUOTATION),
            // "he urged women to vote, saying, “...”"
            Rule.of("shared-subject-quotation", "{}=governor " + SUBJECT + " {}=source >/^(advcl|xcomp|conj)$/ ({}=cue !"
                    + SUBJECT + " {})", ContentShape.ADJACENT_QUOTATION));

    private SemgrexRules() {
    }

    /** A verb the lexicon knows as a cue ("according" is a verb form too). */
    private static boolean isCueWord(CoreLabel token, CueLexicon lexicon) {
        return token.tag().startsWith("VB") && lexicon.isCue(token);
    }

    /**
     * Every match in a sentence, at most one per cue word: the first rule that fits it, and within that rule
     * the source nearest the cue ("The resolution, sources told the agency, ...": "sources").
     */
    static List<Match> matches(ParsedSentence sentence, CueLexicon lexicon) {
        List<Match> matches = new ArrayList<>();
        Set<Integer> cuesTaken = new HashSet<>();
        for (Rule rule : RULES) {
            Map<Integer, Match> best = new TreeMap<>();
            SemgrexMatcher m = rule.pattern().matcher(sentence.graph());
            while (m.find()) {
                IndexedWord cue = m.getNode("cue");
                if (cuesTaken.contains(cue.index()) || !isCueWord(sentence.token(cue), lexicon)) {
                    continue;
                }
                if (rule.name().equals("quotation-inverted-speaker") && m.getNode("source").index() < cue.index()) {
                    continue; // an object before its verb is no inverted speaker
                }
                Match match = new Match(rule, cue, m.getNode("source"),
                        rule.shape() == ContentShape.ADJACENT_QUOTATION ? null : m.getNode("content"));
                best.merge(cue.index(), match, (a, b) -> distance(b) < distance(a) ? b : a);
            }
            cuesTaken.addAll(best.keySet());
            matches.addAll(best.values());
        }
        return matches;
    }

    private static int distance(Match match) {
        return match.source() == null ? 0 : Math.abs(match.source().index() - match.cue().index());
    }
}
