package org.echotrace.nlp.labels;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.DescriptorKind;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Span;
import org.echotrace.nlp.names.TypeNouns;

/**
 * What a noun phrase's words describe, read from the dependency tree of its head:
 * <ul>
 * <li>a name the head belongs to ("the notorious X"), or has as a compound when the head is a noun naming the
 *     name's kind ("the terrorist X group");
 * <li>a name (or definite description) the phrase is in apposition to ("X, the ringleader of ...");
 * <li>the subject of a copula ("X is a cult") or of a verb the phrase completes with "as" ("X was listed as ...");
 * <li>an organisation's name as a compound of a noun for its people ("X terrorists"); not of a relational noun
 *     ("X supporters" support X, "X leaders" lead it: they are not X);
 * <li>otherwise the phrase itself ("the notorious group", "a disastrous deal"): it may be a description that
 *     stands for an entity named elsewhere, which the entity index decides later; its evaluative words count
 *     either way.
 * </ul>
 */
final class LabelTarget {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    private static final java.util.List<String> ABSTRACT_SUFFIXES = java.util.List.of("ity", "ion", "ment", "ness",
            "ance", "ence", "ism", "ure", "age", "cy");
    private static final Set<String> COUNTED = Set.of("a", "an", "one", "another", "every", "each");
    /** Left dependents that belong to a noun phrase's span. */
    private static final Set<String> PHRASE = Set.of("det", "amod", "compound", "nummod", "nmod:poss");

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
     * Whether most words of the sentence are written in capitals, as in a heading ("NEW HAMPSHIRE PRIMARY // GAME
     * ON"; "Deaths SIEGEL, JEROME ARTHUR."): the tagger guesses tags and names there, so what its words are said
     * of cannot be read.
     */
    boolean inCapitals() {
        return mostWords(2, word -> word.equals(word.toUpperCase(Locale.ROOT)));
    }

    /**
     * Whether most longer words of the sentence start with a capital, as in a headline ("Clinton Is In Trouble"):
     * there a capital says nothing of a name, elsewhere a capital inside the sentence does.
     */
    boolean inTitleCase() {
        return mostWords(4, word -> Character.isUpperCase(word.charAt(0)));
    }

    /** Whether more than half of the sentence's words of at least {@code minLength} characters pass the test. */
    private boolean mostWords(int minLength, java.util.function.Predicate<String> test) {
        int words = 0;
        int passing = 0;
        for (IndexedWord w : tree.vertexSet()) {
            String word = w.word();
            if (word.length() >= minLength && word.chars().anyMatch(Character::isLetter)) {
                words++;
                passing += test.test(word) ? 1 : 0;
            }
        }
        return words > 0 && passing * 2 > words;
    }

    /**
     * What the head's phrase describes and how. {@code headCounts} tells whether the head word itself is part of
     * the descriptor: it is when the phrase is said of a name ("X terrorists", "X, the ringleader"), not when the
     * head is the name or the noun of its kind ("the terrorist X group"), nor in a bare description.
     */
    record Target(Span span, DescriptorKind kind, boolean headCounts) {
    }

    Target of(IndexedWord head) {
        if (names.contains(head.index())) {
            IndexedWord modified = modifiedNoun(head);
            // "the derisive Obama comparisons", "his underdog White House bid": the name modifies a noun, and the
            // words before it are said of that noun's phrase
            return modified != null ? alone(modified)
                    : new Target(names.of(head.index()), DescriptorKind.PREMODIFIER, false);
        }
        Span kindOf = compoundNamedByKind(head);
        if (kindOf != null) {
            return new Target(kindOf, DescriptorKind.PREMODIFIER, false);
        }
        Target linked = linked(head);
        if (linked != null) {
            return linked;
        }
        Span members = compoundOfMembers(head);
        if (members != null) {
            return new Target(members, DescriptorKind.COMPOUND_HEAD, true);
        }
        // any other phrase may still stand for an entity (the entity index decides); its evaluative words count
        return alone(head);
    }

    /** The head's phrase as a description on its own, said of no name. */
    Target alone(IndexedWord head) {
        return new Target(phrase(head), DescriptorKind.DESCRIPTION, false);
    }

    /**
     * The common noun a name is a compound of ("Obama comparisons", "White House bid"), unless that noun names the
     * name's kind ("the X group": the words are then said of X, as {@link #compoundNamedByKind} reads them).
     */
    private IndexedWord modifiedNoun(IndexedWord name) {
        for (SemanticGraphEdge edge : tree.incomingEdgeList(name)) {
            IndexedWord noun = edge.getGovernor();
            String tag = noun.tag() == null ? "" : noun.tag();
            if (edge.getRelation().getShortName().equals("compound") && tag.startsWith("NN") && !tag.startsWith("NNP")
                    && !names.contains(noun.index()) && noun.index() > name.index()
                    && !(TypeNouns.typeOf(noun.lemma()).isPresent() && TypeNouns.describesEntity(noun.lemma()))) {
                return noun;
            }
        }
        return null;
    }

    /** "the X terror group", "the X camp": a name before a noun that names what kind of thing it is. */
    private Span compoundNamedByKind(IndexedWord head) {
        Optional<EntityType> kind = TypeNouns.typeOf(head.lemma());
        if (kind.isEmpty() || !TypeNouns.describesEntity(head.lemma())) {
            return null;
        }
        for (int dependent : compoundNames(head)) {
            if (names.isPlace(dependent) == (kind.get() == EntityType.PLACE)) {
                return names.of(dependent);
            }
        }
        return null;
    }

    /**
     * "X terrorists", "an X militant": an evaluative noun for people of an organisation, counted. Not an agent
     * noun in -er/-or/-ee, which is relational ("X supporters" support X), nor an abstract or event noun ("X
     * atrocities", "X deliberations" are what X did); neutral heads ("X bases", "X planes") name X's things.
     */
    private Span compoundOfMembers(IndexedWord head) {
        String lemma = head.lemma() == null ? head.word() : head.lemma().toLowerCase(Locale.ROOT);
        boolean relational = lemma.length() > 4 && (lemma.endsWith("er") || lemma.endsWith("or") || lemma.endsWith("ee"))
                || isAbstract(lemma) || !EvaluativeWords.test(head) || !EvaluativeWords.namesPeople(head);
        boolean counted = "NNS".equals(head.tag()) || tree.outgoingEdgeList(head).stream().anyMatch(e ->
                COUNTED.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
        if (relational || !counted || TypeNouns.typeOf(lemma).isPresent()) {
            return null;
        }
        for (int dependent : compoundNames(head)) {
            if (names.isOrganization(dependent)) {
                return names.of(dependent);
            }
        }
        return null;
    }

    /** An abstract or event noun by its suffix ("atrocity", "deliberation", "failure"). */
    static boolean isAbstract(String lemma) {
        return ABSTRACT_SUFFIXES.stream().anyMatch(lemma::endsWith);
    }

    private java.util.List<Integer> compoundNames(IndexedWord head) {
        return tree.outgoingEdgeList(head).stream()
                .filter(e -> e.getRelation().getShortName().equals("compound") && names.contains(e.getDependent().index()))
                .map(e -> e.getDependent().index()).toList();
    }

    /** A name or description the phrase is said of: apposition, copula subject, "as" complement. */
    private Target linked(IndexedWord head) {
        for (SemanticGraphEdge edge : tree.incomingEdgeList(head)) {
            if (edge.getRelation().getShortName().equals("appos")) {
                return inList(edge.getGovernor()) ? null
                        : target(nameOrDescription(edge.getGovernor()), DescriptorKind.APPOSITION);
            }
        }
        boolean copula = false;
        boolean as = false;
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(head)) {
            String relation = edge.getRelation().getShortName();
            if (relation.equals("appos") && sameThing(edge.getDependent())) {
                Span other = nameOrDescription(edge.getDependent());
                if (other != null) {
                    return new Target(other, DescriptorKind.APPOSITION, true);
                }
            }
            copula |= relation.equals("cop");
            as |= relation.equals("case") && edge.getDependent().word().equalsIgnoreCase("as");
        }
        if (copula) {
            return target(subjectOf(head), DescriptorKind.PREDICATE);
        }
        IndexedWord governor = tree.getParent(head);
        if (as && governor != null) {
            // "X was listed as a ...": the subject; "Y described X as a ...": the object, not the one describing
            Span object = objectOf(governor);
            return target(object != null ? object : subjectOf(governor), DescriptorKind.PREDICATE);
        }
        return target(writtenApposition(head), DescriptorKind.APPOSITION);
    }

    /**
     * Whether a name the parser put in apposition after a phrase is that phrase's thing. Not when an adverb
     * picks it out of the phrase ("the rhetoric coming from the Republicans, particularly Donald Trump": one of
     * them, and no rhetoric), nor when it is a place with another place right before the comma: it then says
     * where that one is ("a movie about the attacks in Benghazi, Libya": not the movie), nor when a finite verb
     * follows it ("The trouble, Frank writes, began"). A person after an organisation stays ("the leader of the
     * group, Y").
     */
    private boolean sameThing(IndexedWord appositive) {
        boolean pickedOut = tree.outgoingEdgeList(appositive).stream()
                .anyMatch(e -> e.getRelation().getShortName().equals("advmod"));
        int first = tree.descendants(appositive).stream().mapToInt(IndexedWord::index).min().orElse(appositive.index());
        IndexedWord comma = tree.getNodeByIndexSafe(first - 1);
        IndexedWord before = tree.getNodeByIndexSafe(first - 2);
        boolean afterAPlace = comma != null && comma.word().equals(",") && before != null
                && names.isPlace(before.index()) && names.isPlace(appositive.index());
        int last = tree.descendants(appositive).stream().mapToInt(IndexedWord::index).max().orElse(appositive.index());
        IndexedWord after = tree.getNodeByIndexSafe(last + 1);
        // "The trouble, Frank writes, began ...": a name with a finite verb after it is a clause's subject
        boolean subject = after != null && FINITE.contains(String.valueOf(after.tag()));
        return !pickedOut && !afterAPlace && !subject && !inList(tree.getParent(appositive));
    }

    private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP", "MD");

    /**
     * Whether a phrase the parser gave appositions is a list: it has more than one, or is an apposition itself
     * ("airstrikes, arming the opposition, Special Forces, social-media propaganda": the items are read as
     * renamings of one another). An apposition renames one thing once.
     */
    private boolean inList(IndexedWord governor) {
        if (governor == null) {
            return false;
        }
        long appositions = tree.outgoingEdgeList(governor).stream()
                .filter(e -> e.getRelation().getShortName().equals("appos")).count();
        boolean appositive = tree.incomingEdgeList(governor).stream()
                .anyMatch(e -> e.getRelation().getShortName().equals("appos"));
        return appositions > 1 || appositive;
    }

    /**
     * "the absence of the X ringleader, Y.": a definite phrase, a comma, then a name that closes the clause is an
     * apposition even where the parser tied the name elsewhere (it often does at a sentence's end).
     */
    private Span writtenApposition(IndexedWord head) {
        IndexedWord comma = tree.getNodeByIndexSafe(head.index() + 1);
        IndexedWord first = tree.getNodeByIndexSafe(head.index() + 2);
        if (comma == null || !comma.word().equals(",") || first == null || !names.contains(first.index())
                || !isDefinite(head)) {
            return null;
        }
        Span name = names.of(first.index());
        int after = first.index();
        while (names.contains(after + 1) && names.of(after + 1).equals(name)) {
            after++;
        }
        IndexedWord next = tree.getNodeByIndexSafe(after + 1);
        boolean closes = next == null || Set.of(",", ".", ";", ")").contains(next.word());
        return closes ? name : null;
    }

    private static Target target(Span span, DescriptorKind kind) {
        return span == null ? null : new Target(span, kind, true);
    }

    /** The name or definite description a predicate (a noun or adjective with a copula, a verb) is said of. */
    Span subjectOf(IndexedWord predicate) {
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(predicate)) {
            if (SUBJECTS.contains(edge.getRelation().toString())) {
                return nameOrDescription(edge.getDependent());
            }
        }
        return null;
    }

    private Span objectOf(IndexedWord verb) {
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(verb)) {
            if (edge.getRelation().toString().equals("obj")) {
                return nameOrDescription(edge.getDependent());
            }
        }
        return null;
    }

    Span nameOrDescription(IndexedWord word) {
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
            if (dependent.index() < head.index() && PHRASE.contains(edge.getRelation().toString())) {
                start = Math.min(start, dependent.beginPosition());
            }
        }
        return new Span(start, head.endPosition());
    }
}
