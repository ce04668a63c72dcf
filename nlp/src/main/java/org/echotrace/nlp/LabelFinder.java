package org.echotrace.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.domain.TextSpan;
import org.echotrace.language.LabelCandidate;

/**
 * Evaluative words a document applies to what it names: premodifiers ("the terror organization"),
 * appositions and predicate nominals ("X, the ringleader of ..."; "X is a cult"; "X was listed as ..."), and
 * descriptions that stand for an entity ("the notorious group"). Each noun phrase that denotes a name or a
 * definite description ({@link LabelTarget}) gives its evaluative words ({@link EvaluativeWords}) among its
 * head and premodifiers, one label per run of adjacent words.
 */
final class LabelFinder {

    private static final Set<String> PREMODIFIERS = Set.of("amod", "compound");

    List<LabelCandidate> find(Document document, Annotation parse) {
        Set<LabelCandidate> found = new LinkedHashSet<>();
        for (CoreMap sentence : parse.get(CoreAnnotations.SentencesAnnotation.class)) {
            SemanticGraph tree = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (tree == null || tree.isEmpty()) {
                continue;
            }
            LabelTarget targets = new LabelTarget(tree, new SentenceNames(sentence));
            for (IndexedWord head : tree.vertexListSorted()) {
                if (head.tag() != null && head.tag().startsWith("NN")) {
                    LabelTarget.Target target = targets.of(head);
                    if (target != null) {
                        for (Span label : runs(labelWords(tree, targets.names(), head, target.headCounts()))) {
                            found.add(new LabelCandidate(document.id(),
                                    TextSpan.of(document.text(), label.start(), label.end()), target.span()));
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** The evaluative words among a noun phrase's premodifiers (and head), in text order; names excluded. */
    private static List<IndexedWord> labelWords(SemanticGraph tree, SentenceNames names, IndexedWord head,
                                                boolean withHead) {
        List<IndexedWord> words = new ArrayList<>();
        if (withHead) {
            words.add(head);
        }
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(head)) {
            if (PREMODIFIERS.contains(edge.getRelation().getShortName())) {
                words.add(edge.getDependent());
            }
        }
        List<IndexedWord> evaluative = words.stream()
                .filter(w -> !names.contains(w.index()) && !isOtherEntity(w) && EvaluativeWords.test(w))
                .sorted().toList();
        return names.contains(head.index()) || evaluative.isEmpty() ? evaluative : throughHead(words, evaluative, head, names);
    }

    /**
     * An evaluative premodifier with the rest of its phrase up to the common-noun head: "rogue kingdom",
     * "disastrous nuclear deal", "terror organization"; the words it judges are part of the label. When a
     * name stands in between ("terrorist X group") the label stays the evaluative words alone.
     */
    private static List<IndexedWord> throughHead(List<IndexedWord> premodifiers, List<IndexedWord> evaluative,
                                                 IndexedWord head, SentenceNames names) {
        int from = evaluative.get(0).index();
        List<IndexedWord> span = new ArrayList<>(evaluative);
        for (IndexedWord w : premodifiers) {
            if (w.index() > from && !span.contains(w)) {
                span.add(w);
            }
        }
        if (!span.contains(head)) {
            span.add(head);
        }
        List<IndexedWord> sorted = span.stream().sorted().toList();
        boolean clean = sorted.stream().noneMatch(w -> names.contains(w.index()) || isOtherEntity(w))
                && sorted.get(sorted.size() - 1).index() - sorted.get(0).index() == sorted.size() - 1;
        return clean ? sorted : evaluative;
    }

    /** Nationalities, numbers, dates: tagged words that classify without judging. */
    private static boolean isOtherEntity(IndexedWord word) {
        return word.ner() != null && !word.ner().equals("O");
    }

    /** Adjacent words as one span: "terrorist cult", not "terrorist" and "cult". */
    private static List<Span> runs(List<IndexedWord> words) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j + 1 < words.size() && words.get(j + 1).index() == words.get(j).index() + 1) {
                j++;
            }
            spans.add(new Span(words.get(i).beginPosition(), words.get(j).endPosition()));
            i = j + 1;
        }
        return spans;
    }
}
