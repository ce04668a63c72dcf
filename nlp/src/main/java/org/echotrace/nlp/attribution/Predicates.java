package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * An object content goes on to the end of what the cue predicates of it: "described [the field as “very
 * good”]", "accused [Sanders of a smear]", "criticized [Clinton for accepting fees]". The cue's later
 * complements join the content until a comma or a time ("on Friday") ends it.
 */
final class Predicates {

    private static final Set<String> CONTINUING = Set.of("obj", "iobj", "xcomp", "ccomp", "obl", "advcl");
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

    private Predicates() {
    }

    static void extendWithPredicate(ParsedSentence sentence, IndexedWord cue, SortedSet<Integer> content) {
        List<SemanticGraphEdge> later = sentence.graph().outgoingEdgeList(cue).stream()
                .filter(e -> e.getDependent().index() > content.last())
                .sorted(Comparator.comparingInt(e -> e.getDependent().index()))
                .toList();
        for (SemanticGraphEdge edge : later) {
            if (!continues(sentence, edge)) {
                continue;
            }
            SortedSet<Integer> branch = sentence.subtree(edge.getDependent(), List.of(), Set.of());
            if (branch.first() < content.last() || commaBetween(sentence, content.last(), branch.first())) {
                return;
            }
            if (!joinsWithoutGap(content.last(), branch.first())) {
                return;
            }
            content.addAll(branch);
        }
    }

    /**
     * A clause content the parser broke off: words it hung on the cue as bare {@code dep} right after the
     * content ("said the court has issued the ban after reviewing evidence that shows [the group has run]"),
     * or as a second complement right after the first ("told reporters that he believes his use [was a
     * mistake]").
     */
    static void extendWithStrays(ParsedSentence sentence, IndexedWord cue, SortedSet<Integer> content) {
        List<IndexedWord> strays = new java.util.ArrayList<>(sentence.children(cue, "dep"));
        strays.addAll(sentence.children(cue, "ccomp"));
        strays.sort(Comparator.comparingInt(IndexedWord::index));
        for (IndexedWord stray : strays) {
            SortedSet<Integer> branch = sentence.subtree(stray, List.of(), Set.of());
            if (branch.first() == content.last() + 1) {
                content.addAll(branch);
            }
        }
    }

    private static boolean continues(ParsedSentence sentence, SemanticGraphEdge edge) {
        String relation = edge.getRelation().toString();
        IndexedWord dependent = edge.getDependent();
        if (relation.startsWith("obl")) {
            // "accused Sanders [of a smear]", "described the field [as good]", not "[in a tweet]", "[by giving]"
            return Prepositions.introducesTopic(sentence, dependent) || Prepositions.isAs(sentence, dependent);
        }
        return CONTINUING.contains(relation) && !TIMES.contains(sentence.token(dependent).ner());
    }

    private static boolean commaBetween(ParsedSentence sentence, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (TokenSpans.isPunctuation(sentence.token(i)) && !TokenSpans.isQuote(sentence.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** Only quotation marks may stand between the content so far and the next branch. */
    private static boolean joinsWithoutGap(int last, int next) {
        return next - last <= 2;
    }
}
