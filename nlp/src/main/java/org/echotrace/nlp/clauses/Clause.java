package org.echotrace.nlp.clauses;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The clause a word belongs to in a sentence's basic dependency tree: the nearest verb (or copular
 * predicate) above it, and the stretch of text that verb governs. Coordinated and paratactic clauses
 * are separate events and are cut off unless they hold the word.
 *
 * @param head  the clause's head word (a verb, or the predicate of a copula)
 * @param begin character offset where the clause starts
 * @param end   character offset where it ends
 */
public record Clause(IndexedWord head, int begin, int end) {

    private static final Set<String> SEPARATE = Set.of("conj", "parataxis", "cc");

    /** The clause of {@code word}, or null when the sentence has no dependency tree. */
    public static Clause of(SemanticGraph tree, IndexedWord word) {
        IndexedWord head = headAbove(tree, word);
        // A participle modifying a noun ("the report released on Saturday") dates that noun phrase.
        SemanticGraphEdge up = head == null ? null : tree.getEdge(tree.getParent(head), head);
        IndexedWord top = up != null && up.getRelation().getShortName().equals("acl") ? up.getGovernor() : head;
        if (top == null) {
            return null;
        }
        int[] range = {Integer.MAX_VALUE, -1};
        collect(tree, top, Set.copyOf(java.util.List.of(top, head)), word, range);
        return new Clause(head, range[0], range[1]);
    }

    private static IndexedWord headAbove(SemanticGraph tree, IndexedWord word) {
        for (IndexedWord node = tree.getParent(word); node != null; node = tree.getParent(node)) {
            if (isClauseHead(tree, node)) {
                return node;
            }
        }
        return tree.getFirstRoot();
    }

    private static boolean isClauseHead(SemanticGraph tree, IndexedWord node) {
        return node.tag() != null && node.tag().startsWith("VB")
                || tree.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().getShortName().equals("cop"));
    }

    /** Spreads {@code range} over the subtree of {@code top}, leaving out the clauses coordinated with {@code heads}. */
    private static void collect(SemanticGraph tree, IndexedWord top, Set<IndexedWord> heads, IndexedWord keep,
                                int[] range) {
        Deque<IndexedWord> todo = new ArrayDeque<>();
        todo.push(top);
        while (!todo.isEmpty()) {
            IndexedWord node = todo.pop();
            if (!isPunctuation(node)) {
                range[0] = Math.min(range[0], node.beginPosition());
                range[1] = Math.max(range[1], node.endPosition());
            }
            for (SemanticGraphEdge edge : tree.outgoingEdgeList(node)) {
                IndexedWord child = edge.getDependent();
                boolean separate = heads.contains(node) && SEPARATE.contains(edge.getRelation().getShortName());
                if (!separate || holds(tree, child, keep)) {
                    todo.push(child);
                }
            }
        }
    }

    private static boolean holds(SemanticGraph tree, IndexedWord subtree, IndexedWord word) {
        return subtree.equals(word) || tree.descendants(subtree).contains(word);
    }

    private static boolean isPunctuation(IndexedWord node) {
        String tag = node.tag();
        return tag != null && !tag.isEmpty() && !Character.isLetter(tag.charAt(0));
    }
}
