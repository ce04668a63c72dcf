package org.echotrace.nlp.parse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One sentence with its tokens and basic dependency tree, and the span arithmetic attribution needs: the
 * words a head governs, minus some branches, as a stretch of the document's text.
 */
public record ParsedSentence(List<CoreLabel> tokens, SemanticGraph graph) {

    public static ParsedSentence of(CoreMap sentence) {
        return new ParsedSentence(sentence.get(CoreAnnotations.TokensAnnotation.class),
                sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
    }

    public boolean parsed() {
        return graph != null && !graph.isEmpty();
    }

    /** The token of a node (1-based index). */
    public CoreLabel token(IndexedWord node) {
        return tokens.get(node.index() - 1);
    }

    public CoreLabel token(int index) {
        return tokens.get(index - 1);
    }

    public int start() {
        return tokens.get(0).beginPosition();
    }

    public int end() {
        return tokens.get(tokens.size() - 1).endPosition();
    }

    /** The relation from a node's governor, or "root". */
    public String relation(IndexedWord node) {
        if (graph.getRoots().contains(node)) {
            return "root";
        }
        SemanticGraphEdge edge = graph.incomingEdgeIterator(node).hasNext() ? graph.incomingEdgeIterator(node).next() : null;
        return edge == null ? "root" : edge.getRelation().toString();
    }

    public IndexedWord parent(IndexedWord node) {
        return graph.getRoots().contains(node) ? null : graph.getParent(node);
    }

    public List<IndexedWord> children(IndexedWord node, String relationPrefix) {
        return graph.outgoingEdgeList(node).stream()
                .filter(e -> e.getRelation().toString().startsWith(relationPrefix))
                .map(SemanticGraphEdge::getDependent)
                .toList();
    }

    /**
     * Token indices a head governs, leaving out the given nodes' branches and branches whose relation
     * starts with one of {@code skipRelations}.
     */
    public TreeSet<Integer> subtree(IndexedWord head, Collection<IndexedWord> skipNodes, Set<String> skipRelations) {
        TreeSet<Integer> indices = new TreeSet<>();
        Deque<IndexedWord> todo = new ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty()) {
            IndexedWord node = todo.pop();
            indices.add(node.index());
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                IndexedWord child = edge.getDependent();
                String relation = edge.getRelation().toString();
                boolean skipped = skipNodes.contains(child)
                        || skipRelations.stream().anyMatch(relation::startsWith);
                if (!skipped && !indices.contains(child.index())) {
                    todo.push(child);
                }
            }
        }
        return indices;
    }
}
