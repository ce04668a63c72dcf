package org.echotrace.nlp.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echotrace.domain.Document;
import org.echotrace.domain.TextSpan;
import org.echotrace.language.TimeExpression;
import org.echotrace.nlp.clauses.Clause;

/** Dates and times SUTime found in one parsed document, with the clause each one dates. */
public final class TimeFinder {

    /** @param anchored whether the parse was made against a reference date (relative dates are then resolved) */
    public List<TimeExpression> find(Document document, Annotation parse, boolean anchored) {
        List<TimeExpression> found = new ArrayList<>();
        for (CoreMap sentence : parse.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int[] run : timexRuns(tokens)) {
                expression(document, sentence, tokens, run[0], run[1], anchored).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * Token ranges {@code [from, to)} of one timex each. Tokens of one expression share SUTime's timex id;
     * the entity mentions would split "3 September 2023 at 10 pm" into three.
     */
    private static List<int[]> timexRuns(List<CoreLabel> tokens) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Timex timex = tokens.get(i).get(TimeAnnotations.TimexAnnotation.class);
            int j = i + 1;
            while (timex != null && j < tokens.size() && sameTimex(timex, tokens.get(j))) {
                j++;
            }
            if (timex != null) {
                runs.add(new int[] {i, j});
            }
            i = j;
        }
        return runs;
    }

    private static boolean sameTimex(Timex timex, CoreLabel token) {
        Timex other = token.get(TimeAnnotations.TimexAnnotation.class);
        return other != null && Objects.equals(timex.tid(), other.tid());
    }

    private Optional<TimeExpression> expression(Document document, CoreMap sentence, List<CoreLabel> tokens,
                                                int from, int to, boolean anchored) {
        Timex timex = tokens.get(from).get(TimeAnnotations.TimexAnnotation.class);
        if ("SET".equals(timex.timexType()) || "DURATION".equals(timex.timexType())
                || !DatableExpression.test(tokens, from, to)) {
            return Optional.empty();
        }
        String text = document.text();
        TextSpan written = TextSpan.of(text, tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
        Optional<TimexValue> value = TimexValue.of(timex.value(), timex.altVal(), written.text(), anchored);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        TextSpan sentenceSpan = TextSpan.of(text, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        Clause clause = clauseOf(sentence, tokens, from, to);
        TextSpan event = clause == null ? null : TextSpan.of(text, clause.begin(), clause.end());
        String verb = clause == null ? null : clause.head().lemma();
        TimexValue v = value.get();
        return Optional.of(new TimeExpression(document.id(), written, v.value(), v.precision(),
                TimeModifier.of(tokens, from, to), v.anchored(), event, verb, sentenceSpan));
    }

    private static Clause clauseOf(CoreMap sentence, List<CoreLabel> tokens, int from, int to) {
        SemanticGraph tree = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (tree == null || tree.isEmpty()) {
            return null;
        }
        IndexedWord head = headOf(tree, tokens, from, to);
        return head == null ? null : Clause.of(tree, head);
    }

    /** The expression's word whose governor lies outside it. */
    private static IndexedWord headOf(SemanticGraph tree, List<CoreLabel> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            IndexedWord word = tree.getNodeByIndexSafe(tokens.get(i).index());
            if (word == null) {
                continue;
            }
            IndexedWord parent = tree.getParent(word);
            if (parent == null || parent.index() < tokens.get(from).index() || parent.index() > tokens.get(to - 1).index()) {
                return word;
            }
        }
        return null;
    }
}
