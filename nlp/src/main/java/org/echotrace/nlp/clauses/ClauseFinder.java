package org.echotrace.nlp.clauses;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.echotrace.domain.Span;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * The clauses of each sentence, the units a claim is made of: the main clause, and each clause
 * coordinated with it or set beside it ("They sided with X and then helped him ..." is two statements).
 * Subordinate clauses stay with the clause they belong to, since they qualify its claim.
 */
public final class ClauseFinder {

    private static final Set<String> SEPARATE = Set.of("conj", "parataxis");
    private static final Set<String> JOINERS = Set.of("cc", "punct");
    /** A coordinated part shorter than this is a fragment ("and more"), not a claim of its own. */
    private static final int FEWEST_WORDS = 4;

    public List<Span> find(Annotation parse) {
        List<CoreMap> sentences = parse.get(CoreAnnotations.SentencesAnnotation.class);
        List<Span> clauses = new ArrayList<>();
        for (CoreMap s : sentences == null ? List.<CoreMap>of() : sentences) {
            ParsedSentence sentence = ParsedSentence.of(s);
            if (sentence.parsed()) {
                clauses.addAll(split(sentence));
            } else {
                clauses.add(new Span(sentence.start(), sentence.end()));
            }
        }
        return List.copyOf(clauses);
    }

    private static List<Span> split(ParsedSentence sentence) {
        List<IndexedWord> heads = new ArrayList<>();
        collectHeads(sentence, sentence.graph().getFirstRoot(), heads);
        List<Span> spans = new ArrayList<>();
        for (IndexedWord head : heads) {
            TreeSet<Integer> words = words(sentence, head, heads);
            if (words.size() >= FEWEST_WORDS || head == heads.get(0)) {
                spans.add(new Span(sentence.token(words.first()).beginPosition(),
                        sentence.token(words.last()).endPosition()));
            }
        }
        return spans;
    }

    /**
     * The words a clause head governs, without the clauses coordinated with it and the conjunctions and
     * punctuation that join them. (Relations are compared whole: "cc" is not "ccomp".)
     */
    private static TreeSet<Integer> words(ParsedSentence sentence, IndexedWord head, List<IndexedWord> heads) {
        TreeSet<Integer> words = new TreeSet<>();
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            IndexedWord node = todo.pop();
            words.add(node.index());
            for (SemanticGraphEdge edge : sentence.graph().outgoingEdgeList(node)) {
                if (!heads.contains(edge.getDependent()) && !JOINERS.contains(edge.getRelation().getShortName())) {
                    todo.push(edge.getDependent());
                }
            }
        }
        return words;
    }

    /** The head of the main clause and, recursively, the heads of clauses coordinated with it. */
    private static void collectHeads(ParsedSentence sentence, IndexedWord head, List<IndexedWord> heads) {
        heads.add(head);
        for (SemanticGraphEdge edge : sentence.graph().outgoingEdgeList(head)) {
            IndexedWord child = edge.getDependent();
            if (SEPARATE.contains(edge.getRelation().getShortName()) && isPredicate(sentence, child)) {
                collectHeads(sentence, child, heads);
            }
        }
    }

    /** A verb, or a word with a subject or copula of its own (a predicate noun or adjective). */
    private static boolean isPredicate(ParsedSentence sentence, IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("VB")
                || !sentence.children(word, "nsubj").isEmpty() || !sentence.children(word, "cop").isEmpty();
    }
}
