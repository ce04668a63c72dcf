package org.echotrace.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Set;
import org.echotrace.domain.Span;

/**
 * What a noun phrase's words describe, read from the dependency tree of its head:
 * <ul>
 * <li>a name the head belongs to or has as a compound ("the terrorist X Organization", "the X terror group");
 * <li>a name (or definite description) the phrase is in apposition to ("X, the ringleader of ...");
 * <li>the subject of a copula ("X is a cult") or of a verb the phrase completes with "as" ("X was listed as ...");
 * <li>otherwise the phrase itself when it is definite ("the notorious group"): a description that stands
 *     for an entity named elsewhere, matched to it later.
 * </ul>
 */
final class LabelTarget {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    /** Left dependents that belong to a noun phrase's span. */
    private static final Set<String> PHRASE = Set.of("det", "amod", "compound", "nummod", "nmod:poss", "case");

    private final SemanticGraph tree;
    private final SentenceNames names;

    LabelTarget(SemanticGraph tree, SentenceNames names) {
        this.tree = tree;
        this.names = names;
    }

    SentenceNames names() {
        return names;
    }

    /**
     * What the head's phrase describes, or null when it describes nothing named or definite. {@code headCounts}
     * tells whether the head word itself may be the label: it may when the phrase is said of a name ("X
     * terrorists", "X, the ringleader"), not in a bare description ("the death of ..." names no one).
     */
    record Target(Span span, boolean headCounts) {
    }

    Target of(IndexedWord head) {
        Span named = named(head);
        if (named != null) {
            return new Target(named, !names.contains(head.index()));
        }
        return isDefinite(head) ? new Target(phrase(head), false) : null;
    }

    private Span named(IndexedWord head) {
        if (names.contains(head.index())) {
            return names.of(head.index());
        }
        // A person's or group's name in the phrase ("the X terror organization") is what it describes; a place
        // there ("the notorious Chicago gangster") is not, and what the phrase is said of comes first.
        Span compound = compoundName(head, false);
        if (compound != null) {
            return compound;
        }
        Span linked = linked(head);
        return linked != null ? linked : compoundName(head, true);
    }

    private Span compoundName(IndexedWord head, boolean place) {
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(head)) {
            int dependent = edge.getDependent().index();
            if (edge.getRelation().getShortName().equals("compound") && names.contains(dependent)
                    && names.isPlace(dependent) == place) {
                return names.of(dependent);
            }
        }
        return null;
    }

    /** A name or description the phrase is said of: apposition, copula subject, "as" complement. */
    private Span linked(IndexedWord head) {
        for (SemanticGraphEdge edge : tree.incomingEdgeList(head)) {
            if (edge.getRelation().getShortName().equals("appos")) {
                return nameOrDescription(edge.getGovernor());
            }
        }
        boolean copula = false;
        boolean as = false;
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(head)) {
            String relation = edge.getRelation().getShortName();
            if (relation.equals("appos")) {
                Span other = nameOrDescription(edge.getDependent());
                if (other != null) {
                    return other;
                }
            }
            copula |= relation.equals("cop");
            as |= relation.equals("case") && edge.getDependent().word().equalsIgnoreCase("as");
        }
        if (copula) {
            return subjectOf(head);
        }
        IndexedWord governor = tree.getParent(head);
        return as && governor != null ? subjectOf(governor) : null;
    }

    private Span subjectOf(IndexedWord predicate) {
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(predicate)) {
            if (SUBJECTS.contains(edge.getRelation().toString())) {
                return nameOrDescription(edge.getDependent());
            }
        }
        return null;
    }

    private Span nameOrDescription(IndexedWord word) {
        if (names.contains(word.index())) {
            return names.of(word.index());
        }
        return isDefinite(word) ? phrase(word) : null;
    }

    private boolean isDefinite(IndexedWord head) {
        return tree.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().getShortName().equals("det")
                && DEFINITE.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
    }

    /** The phrase from its first left dependent (determiner, modifiers) to its head. */
    private Span phrase(IndexedWord head) {
        int start = head.beginPosition();
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(head)) {
            IndexedWord dependent = edge.getDependent();
            if (dependent.index() < head.index() && PHRASE.contains(edge.getRelation().toString())
                    && !edge.getRelation().toString().equals("case")) {
                start = Math.min(start, dependent.beginPosition());
            }
        }
        return new Span(start, head.endPosition());
    }
}
