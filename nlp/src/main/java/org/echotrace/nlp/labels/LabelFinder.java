package org.echotrace.nlp.labels;

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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.DescriptorKind;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.domain.TextSpan;
import org.echotrace.language.LabelCandidate;
import org.echotrace.nlp.names.TypeNouns;

/**
 * The words a document uses for what it names ({@link LabelTarget} says which name or description a phrase is
 * said of): premodifiers ("the terrorist X group"), compound heads ("X terrorists"), appositions and predicates
 * ("X, the ringleader of ..."; "X is a cult"; "X is corrupt"), characterising relative clauses ("X, who ..."), and
 * descriptions that stand for an entity ("the notorious group"). Each is marked evaluative or neutral by
 * {@link EvaluativeWords}. Modifiers of a name are kept only when evaluative ("former", "new" describe nothing);
 * a noun said of a name is kept either way ("ringleader", "dissident group"): outlets differ in those too.
 */
public final class LabelFinder {

    private static final Set<String> PREMODIFIERS = Set.of("amod", "compound");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

    public List<LabelCandidate> find(Document document, Annotation parse) {
        Set<LabelCandidate> found = new LinkedHashSet<>();
        for (CoreMap sentence : parse.get(CoreAnnotations.SentencesAnnotation.class)) {
            SemanticGraph tree = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (tree == null || tree.isEmpty()) {
                continue;
            }
            LabelTarget targets = new LabelTarget(tree, new SentenceNames(sentence));
            for (IndexedWord head : tree.vertexListSorted()) {
                if (head.tag() == null || negated(tree, head)) {
                    continue;
                }
                if (head.tag().startsWith("NN")) {
                    nominal(document, tree, targets, head, found);
                } else if (head.tag().startsWith("JJ")) {
                    predicateAdjective(document, tree, targets, head, found);
                } else if (head.tag().startsWith("VB")) {
                    relativeClause(document, tree, targets, head, found);
                }
            }
        }
        return List.copyOf(found);
    }

    private static void nominal(Document document, SemanticGraph tree, LabelTarget targets, IndexedWord head,
                                Set<LabelCandidate> found) {
        LabelTarget.Target target = targets.of(head);
        if (target == null) {
            return;
        }
        if (target.kind() == DescriptorKind.PREDICATE && prepositional(tree, head)) {
            // "X are in a heated dispute": X is in the dispute, which the words describe; they say where X is
            target = targets.alone(head);
        }
        List<IndexedWord> words = descriptorWords(tree, targets.names(), head, target.headCounts(),
                target.kind() == DescriptorKind.PREDICATE || target.kind() == DescriptorKind.APPOSITION);
        boolean relational = isRelational(tree, head) || EvaluativeWords.relational(head)
                || target.kind() != DescriptorKind.COMPOUND_HEAD && hasCompoundName(tree, targets.names(), head);
        // said of a name, each word must judge it; in a phrase standing on its own ("a totally rigged vote") any
        // evaluative word marks the phrase; a word capitalised inside a sentence is part of a name either way
        boolean ofName = target.kind() != DescriptorKind.DESCRIPTION;
        boolean capitalsSayNames = !targets.inTitleCase();
        List<IndexedWord> evaluative = words.stream().filter(w -> !ofName || judges(tree, w))
                .filter(w -> !(w == head && relational))
                .filter(w -> !(capitalsSayNames && insideAName(tree, w)))
                .filter(EvaluativeWords::test).toList();
        if (ofName) {
            // a weak positive clue or a role ("heavyweight champion X", "Democratic opponent X") judges nobody it
            // is said of, nor can a heading in capitals, a doubtful name or a denied clause be read for it; as
            // loaded words of the text (what PTC marks) they stay, said of themselves
            LabelTarget.Target of = target;
            boolean doubtful = targets.inCapitals() || doubtfulName(document, of.span()) || deniedAbove(tree, head);
            List<IndexedWord> loose = evaluative.stream()
                    .filter(w -> doubtful || !EvaluativeWords.saidOfAName(w) || EvaluativeWords.relational(w)
                            || notOfTheName(tree, targets, head, of, w)).toList();
            for (List<IndexedWord> run : runs(loose)) {
                found.add(candidate(document, run, ownSpan(run), DescriptorKind.DESCRIPTION, run.get(0)));
            }
            evaluative = evaluative.stream().filter(w -> !loose.contains(w)).toList();
        }
        if (!evaluative.isEmpty()) {
            List<IndexedWord> span = targets.names().contains(head.index()) ? evaluative
                    : throughHead(words, evaluative, head, targets.names());
            for (List<IndexedWord> run : runs(span)) {
                IndexedWord key = run.stream().filter(evaluative::contains).findFirst().orElse(run.get(0));
                found.add(candidate(document, run, target.span(), target.kind(), key));
            }
        } else if (target.headCounts()) {
            // a neutral noun said of a name: "X, the ringleader of ...", "X members"; with the modifiers just before it
            found.add(candidate(document, endingAtHead(words, head), target.span(), target.kind(), head, false));
        }
    }

    /**
     * Where a word a lexicon marks, said of a name, is still no word for it:
     * <ul>
     * <li>the phrase opens after a verb, "to", a noun or a comma ("Sanders crushed Clinton", "to praise Obama's
     *     record", "controversy dogged Donald Trump's convention"): a verb the tagger read as a modifier; a
     *     name's phrase opens after a determiner, a possessive, an adjective, a preposition or a conjunction;
     * <li>a person's name with "a" or "an" before it ({@link #depicted});
     * <li>a common noun before a place's name or before a title is not said of the name ("terror America" is a
     *     parse of "in the face of terror America ...", "the dissent Justice X read"); before a person's name it
     *     may be a label ("lying liar Donald Trump", "Underdog Conservative X");
     * <li>a noun modifying the head of an apposition or predicate that names no kind of entity forms a category
     *     with it ("the foremost terror threat", "the biggest trouble spot"); before a kind noun it says what kind
     *     the entity is ("a terror group", "a government watchdog group") and stays.
     * </ul>
     */
    private static boolean notOfTheName(SemanticGraph tree, LabelTarget targets, IndexedWord head,
                                        LabelTarget.Target target, IndexedWord word) {
        boolean commonNoun = isCommonNoun(word) && "compound".equals(relation(tree, head, word));
        SentenceNames names = targets.names();
        if (target.kind() == DescriptorKind.PREMODIFIER && (openedByAVerb(tree, head, word, names.contains(head.index()))
                || depicted(tree, names, head))) {
            return true;
        }
        IndexedWord next = tree.getNodeByIndexSafe(word.index() + 1);
        boolean titleSlot = names.isPlace(head.index()) || next != null && "TITLE".equals(next.ner());
        boolean category = target.headCounts() && isCommonNoun(head)
                && TypeNouns.typeOf(head.lemma() == null ? head.word() : head.lemma()).isEmpty();
        return commonNoun && (titleSlot || category);
    }

    private static boolean isCommonNoun(IndexedWord word) {
        String tag = word.tag() == null ? "" : word.tag();
        return tag.startsWith("NN") && !tag.startsWith("NNP");
    }

    /** The short name of the relation from governor to dependent, or "" when they are not linked. */
    private static String relation(SemanticGraph tree, IndexedWord governor, IndexedWord dependent) {
        SemanticGraphEdge edge = tree.getEdge(governor, dependent);
        return edge == null ? "" : edge.getRelation().getShortName();
    }

    /** Tags of the word before a name's phrase: a determiner, possessive, adjective, number, preposition, "and", quote. */
    private static final Set<String> PHRASE_OPENERS = Set.of("DT", "PDT", "PRP$", "POS", "WP$", "JJ", "JJR", "JJS",
            "CD", "IN", "CC", "``", "''", "-LRB-", ":", "HYPH");

    /**
     * "An angry Hollande retaliated", "a dejected Obama knew": a person's name, which is definite, with "a" or "an"
     * depicts the person at one moment (a feeling, a mood), not what the person is.
     */
    private static boolean depicted(SemanticGraph tree, SentenceNames names, IndexedWord head) {
        return names.isPerson(head.index()) && tree.outgoingEdgeList(head).stream()
                .anyMatch(e -> e.getRelation().getShortName().equals("det")
                        && Set.of("a", "an").contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Tags that open a noun phrase of their own: a determiner, a possessive, a number, or its own preposition (a
     * case marker hangs on the noun: "members of the militant group").
     */
    private static final Set<String> DETERMINERS = Set.of("DT", "PDT", "PRP$", "POS", "WP$", "CD", "IN", "TO");

    /**
     * Whether the modifier's phrase (the head's words running left from it) has no determiner and comes after a
     * word that opens no noun phrase, or has a name before the modifier (English puts adjectives before names).
     */
    private static boolean openedByAVerb(SemanticGraph tree, IndexedWord head, IndexedWord modifier, boolean ofAName) {
        Set<IndexedWord> phrase = tree.descendants(head);
        IndexedWord before = tree.getNodeByIndexSafe(modifier.index() - 1);
        while (before != null && phrase.contains(before)) {
            String tag = String.valueOf(before.tag());
            if (DETERMINERS.contains(tag)) {
                return false;
            }
            if (ofAName && tag.startsWith("NNP")) {
                // a name, a modifier, a name: "Sanders crushed Clinton", read as one phrase (before a kind noun
                // the name comes first: "the X terrorist group")
                return true;
            }
            before = tree.getNodeByIndexSafe(before.index() - 1);
        }
        // "to praise Obama's record": after "to", a bare singular noun is a verb's base form
        boolean infinitive = before != null && before.word().equalsIgnoreCase("to") && "NN".equals(modifier.tag());
        return infinitive || before != null && !PHRASE_OPENERS.contains(String.valueOf(before.tag()));
    }

    /**
     * A word written with a capital inside a sentence that is not a headline: a piece of a name the recogniser
     * missed ("a Black Lives Matter shirt", "a Nice native"), not a word said of one.
     */
    private static boolean insideAName(SemanticGraph tree, IndexedWord word) {
        if (!Character.isUpperCase(word.word().charAt(0))) {
            return false;
        }
        for (int i = word.index() - 1; i >= 1; i--) {
            IndexedWord before = tree.getNodeByIndexSafe(i);
            if (before != null && before.word().chars().anyMatch(Character::isLetterOrDigit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name that is no clean name: with digits ("Sanders 56", a results table) or words run together by page
     * furniture ("BobicFlagShareLikeReplyPaige": more than one capital after a small letter in a word).
     */
    private static boolean doubtfulName(Document document, Span span) {
        String text = document.text().substring(span.start(), span.end());
        if (text.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        for (String word : text.split("\\s+")) {
            int joins = 0;
            for (int i = 1; i < word.length(); i++) {
                joins += Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i)) ? 1 : 0;
            }
            if (joins > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Nor is it clear that X is the perfect centrist", "I don't think X is a liar": a clause complementing a
     * denied one is not asserted.
     */
    private static boolean deniedAbove(SemanticGraph tree, IndexedWord head) {
        IndexedWord clause = head;
        SemanticGraphEdge up = incoming(tree, clause);
        while (up != null && up.getRelation().getShortName().equals("ccomp")) {
            clause = up.getGovernor();
            if (negated(tree, clause)) {
                return true;
            }
            up = incoming(tree, clause);
        }
        return false;
    }

    private static SemanticGraphEdge incoming(SemanticGraph tree, IndexedWord word) {
        List<SemanticGraphEdge> edges = tree.incomingEdgeList(word);
        return edges.isEmpty() ? null : edges.get(0);
    }

    /**
     * A predicate noun after a preposition ("are in a fight"); not a comparison, which says what X is like ("was
     * listed as a ...", "is like the dumbest client").
     */
    private static boolean prepositional(SemanticGraph tree, IndexedWord head) {
        return tree.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().getShortName().equals("case")
                && !COMPARISONS.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> COMPARISONS = Set.of("as", "like");

    /**
     * A noun of a relation ("his opponent", "a critic of the deal", "a supporter of NATO") names a role toward
     * something else; its own word does not judge the entity, only its modifiers may ("his corrupt opponent").
     */
    private static boolean isRelational(SemanticGraph tree, IndexedWord head) {
        return tree.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:poss")
                || e.getRelation().getShortName().equals("nmod") && tree.outgoingEdgeList(e.getDependent()).stream()
                .anyMatch(c -> c.getRelation().getShortName().equals("case") && c.getDependent().word().equalsIgnoreCase("of")));
    }

    /** "a Trump supporter", "Supreme Court judges": a noun with a name before it names a role toward that name. */
    private static boolean hasCompoundName(SemanticGraph tree, SentenceNames names, IndexedWord head) {
        return tree.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().getShortName().equals("compound")
                && names.contains(e.getDependent().index()));
    }

    /**
     * Words that can judge: adjectives, participles used as adjectives ("hated") and common nouns; not an adverb
     * of a modifier ("completely different"), a gerund ("frustrating Scott" is a clause) or a proper noun.
     */
    private static boolean judges(SemanticGraph tree, IndexedWord word) {
        String tag = word.tag() == null ? "" : word.tag();
        boolean adverb = tree.incomingEdgeList(word).stream().anyMatch(e -> e.getRelation().getShortName().equals("advmod"));
        return !adverb && !tag.startsWith("NNP") && !tag.equals("VBG")
                && (tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("VBN"));
    }

    /** The head and the words right before it, as long as they run on without a gap. */
    private static List<IndexedWord> endingAtHead(List<IndexedWord> words, IndexedWord head) {
        List<IndexedWord> run = new ArrayList<>(List.of(head));
        for (int i = words.indexOf(head) - 1; i >= 0 && words.get(i).index() == run.get(0).index() - 1; i--) {
            run.add(0, words.get(i));
        }
        return run;
    }

    /** "X is corrupt", "X is often hawkish": an adjective with a copula, said of a name or description. */
    private static void predicateAdjective(Document document, SemanticGraph tree, LabelTarget targets,
                                           IndexedWord head, Set<LabelCandidate> found) {
        boolean copula = tree.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().getShortName().equals("cop"));
        Span subject = copula ? targets.subjectOf(head) : null;
        if (copula && subject == null) {
            // "the claims are absurd" said of what no name or description denotes: the word is still evaluative
            subject = new Span(head.beginPosition(), head.endPosition());
        }
        if (subject == null || !EvaluativeWords.test(head) || feelingAbout(tree, head)) {
            return;
        }
        List<IndexedWord> words = new ArrayList<>(List.of(head));
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(head)) {
            if (edge.getRelation().getShortName().equals("advmod") && edge.getDependent().index() < head.index()) {
                words.add(edge.getDependent());
            }
        }
        List<List<IndexedWord>> runs = runs(words.stream().sorted().toList());
        List<IndexedWord> run = runs.get(runs.size() - 1);
        // how the subject acts or feels, or a weak positive clue: the words stay loaded, said of themselves, not of X
        boolean ofSubject = EvaluativeWords.saidOfAName(head) && !actsOrFeels(tree, head) && !targets.inCapitals()
                && !pastState(tree, head) && !deniedAbove(tree, head) && !doubtfulName(document, subject);
        found.add(candidate(document, run, ofSubject ? subject : ownSpan(run), DescriptorKind.PREDICATE, head));
    }

    /**
     * A predicate adjective that says how its subject acts or feels rather than what it is: a feeling ("X was
     * shocked", {@link EvaluativeWords#namesAFeeling}), an attitude toward an act in an infinitive ("was loath to
     * be seen", "was shocked to get a call"; not "unfit to be president", whose complement is a role), or the
     * manner of an activity ("has been especially aggressive in pushing the administration").
     */
    private static boolean actsOrFeels(SemanticGraph tree, IndexedWord head) {
        if (EvaluativeWords.namesAFeeling(head)) {
            return true;
        }
        boolean toAct = tree.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().getShortName().equals("xcomp")
                && e.getDependent().tag() != null && e.getDependent().tag().startsWith("VB"));
        return toAct || tree.descendants(head).stream().anyMatch(w -> "VBG".equals(w.tag()) && activityOf(tree, head, w));
    }

    /**
     * "aggressive in pushing X": a gerund right after "in", the adjective's own complement (the parser hangs it
     * on the adjective, or on the "in" that hangs on it); not a gerund deeper down ("hypocritical for promoting
     * his rivalry in fund-raising appeals").
     */
    private static boolean activityOf(SemanticGraph tree, IndexedWord adjective, IndexedWord gerund) {
        IndexedWord before = tree.getNodeByIndexSafe(gerund.index() - 1);
        if (before == null || !before.word().equalsIgnoreCase("in")) {
            return false;
        }
        IndexedWord parent = tree.getParent(gerund);
        return adjective.equals(parent) || before.equals(parent) && adjective.equals(tree.getParent(before));
    }

    private static final Set<String> PAST_COPULAS = Set.of("was", "were", "been");
    /** Relations that embed a clause in another: a reported or reasoned claim ("suggesting that X was ..."). */
    private static final Set<String> EMBEDDING = Set.of("ccomp", "xcomp", "advcl", "csubj", "acl");

    /**
     * "Mr. Obama was furious", "Trump was clearly unhappy with ...", "has been very aggressive on this issue": a
     * past copula in a clause of its own tells how the subject was at a time the story narrates, a state or a
     * manner; what the subject is said to be comes in the present ("X is reckless") or as a claim someone makes
     * ("suggesting that X was hypocritical": embedded, kept).
     */
    private static boolean pastState(SemanticGraph tree, IndexedWord head) {
        boolean past = tree.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().getShortName().equals("cop")
                && PAST_COPULAS.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
        IndexedWord clause = head;
        SemanticGraphEdge up = incoming(tree, clause);
        while (up != null && up.getRelation().getShortName().equals("conj")) {
            clause = up.getGovernor();
            up = incoming(tree, clause);
        }
        return past && (up == null || !EMBEDDING.contains(up.getRelation().getShortName()));
    }

    /** The words' own span, for loaded words said of no name. */
    private static Span ownSpan(List<IndexedWord> words) {
        return new Span(words.get(0).beginPosition(), words.get(words.size() - 1).endPosition());
    }

    /** What a participle's complement is marked by when it names the cause of a feeling ("delighted by it"). */
    private static final Set<String> CAUSES = Set.of("by", "at", "about", "over", "with");

    /**
     * "Trump was delighted by the resulting controversy", "she was shocked that ...": a participle with the cause
     * of the feeling as its complement says how the subject feels, not what it is ("X is corrupt" has none).
     */
    private static boolean feelingAbout(SemanticGraph tree, IndexedWord head) {
        String word = head.word().toLowerCase(Locale.ROOT);
        if (!(word.endsWith("ed") || "VBN".equals(head.tag()))) {
            return false;
        }
        return tree.outgoingEdgeList(head).stream().anyMatch(e -> {
            String relation = e.getRelation().getShortName();
            List<SemanticGraphEdge> marks = tree.outgoingEdgeList(e.getDependent());
            return relation.equals("obl") && marks.stream().anyMatch(m -> marker(m, "case", CAUSES))
                    || relation.equals("ccomp") && marks.stream().anyMatch(m -> marker(m, "mark", Set.of("that")));
        });
    }

    private static boolean marker(SemanticGraphEdge edge, String relation, Set<String> words) {
        return edge.getRelation().getShortName().equals(relation)
                && words.contains(edge.getDependent().word().toLowerCase(Locale.ROOT));
    }

    /**
     * "X, who has an affinity for conspiracy theories": a relative clause whose pronoun is its subject says what
     * X is or does. The clause is the descriptor; it is evaluative when a word of it is.
     */
    private static void relativeClause(Document document, SemanticGraph tree, LabelTarget targets, IndexedWord verb,
                                       Set<LabelCandidate> found) {
        SemanticGraphEdge relcl = tree.incomingEdgeList(verb).stream()
                .filter(e -> e.getRelation().toString().equals("acl:relcl")).findFirst().orElse(null);
        if (relcl == null || !subjectIsRelativePronoun(tree, verb)) {
            return;
        }
        Span target = targets.nameOrDescription(relcl.getGovernor());
        if (target == null) {
            return;
        }
        List<IndexedWord> clause = tree.descendants(verb).stream().sorted().toList();
        List<IndexedWord> predicate = predicateWords(tree, verb);
        while (clause.size() > 1 && isPunctuation(clause.get(clause.size() - 1))) {
            clause = clause.subList(0, clause.size() - 1);
        }
        IndexedWord key = predicate.stream().filter(w -> !targets.names().contains(w.index()))
                .filter(w -> w == verb || judges(tree, w))
                .filter(EvaluativeWords::test).findFirst().orElse(verb);
        found.add(candidate(document, clause, target, DescriptorKind.RELATIVE_CLAUSE, key,
                predicate.contains(key) && EvaluativeWords.test(key)));
    }

    /** Complements that make a verb an act toward something else: what it is done to, or said. */
    private static final Set<String> OBJECTS = Set.of("obj", "iobj", "ccomp", "xcomp");

    /**
     * The words of a relative clause that say what its antecedent is: the verb when nothing else is acted on
     * ("who shines in a smaller crowd"), an adjective it takes as a complement ("who seems unfit") with its
     * modifiers, and what the antecedent has ("who has an affinity for conspiracy theories"). A verb acting on
     * something ("who praised the controversial deal", "who shot and wounded ...") tells what was done, and the
     * words of its object or of an embedded clause judge those, not the antecedent.
     */
    private static List<IndexedWord> predicateWords(SemanticGraph tree, IndexedWord verb) {
        List<IndexedWord> words = new ArrayList<>();
        boolean acts = false;
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(verb)) {
            String relation = edge.getRelation().getShortName();
            IndexedWord dependent = edge.getDependent();
            String tag = dependent.tag() == null ? "" : dependent.tag();
            boolean had = relation.equals("obj") && "have".equals(verb.lemma());
            if (had || relation.equals("xcomp") && tag.startsWith("JJ")) {
                words.add(dependent);
                tree.outgoingEdgeList(dependent).stream()
                        .filter(e -> Set.of("amod", "advmod").contains(e.getRelation().getShortName()))
                        .map(SemanticGraphEdge::getDependent).forEach(words::add);
            } else {
                acts |= OBJECTS.contains(relation);
            }
        }
        if (!acts) {
            words.add(verb);
        }
        return words.stream().sorted().toList();
    }

    private static boolean isPunctuation(IndexedWord word) {
        return word.tag() != null && !Character.isLetterOrDigit(word.tag().charAt(0));
    }

    private static boolean subjectIsRelativePronoun(SemanticGraph tree, IndexedWord verb) {
        return tree.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                && RELATIVE_PRONOUNS.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
    }

    private static boolean negated(SemanticGraph tree, IndexedWord head) {
        return tree.outgoingEdgeList(head).stream()
                .anyMatch(e -> NEGATIONS.contains(e.getDependent().word().toLowerCase(Locale.ROOT))
                        && !e.getRelation().getShortName().equals("det"));
    }

    private static LabelCandidate candidate(Document document, List<IndexedWord> words, Span target,
                                            DescriptorKind kind, IndexedWord key) {
        return candidate(document, words, target, kind, key, true);
    }

    /** @param judging whether the key word's evaluation counts (not for the noun of a relation: "his opponent") */
    private static LabelCandidate candidate(Document document, List<IndexedWord> words, Span target,
                                            DescriptorKind kind, IndexedWord key, boolean judging) {
        int start = words.get(0).beginPosition();
        int end = words.get(words.size() - 1).endPosition();
        // a noun's dictionary form ("terrorists": "terrorist"); an adjective as written ("hated", not "hate")
        boolean noun = key.tag() != null && key.tag().startsWith("NN");
        String term = (noun && key.lemma() != null ? key.lemma() : key.word()).toLowerCase(Locale.ROOT);
        Optional<EvaluativeWords.Match> match = judging ? EvaluativeWords.match(key) : Optional.empty();
        return new LabelCandidate(document.id(), TextSpan.of(document.text(), start, end), target, kind, term,
                match.map(EvaluativeWords.Match::entry).orElse(term),
                match.map(EvaluativeWords.Match::evidence).orElse(null));
    }

    /** A noun phrase's premodifiers (adjectives with their adverbs, nouns) and head, in text order; names excluded. */
    private static List<IndexedWord> descriptorWords(SemanticGraph tree, SentenceNames names, IndexedWord head,
                                                     boolean withHead, boolean saidOfAnother) {
        List<IndexedWord> words = new ArrayList<>();
        if (withHead) {
            words.add(head);
        }
        boolean possessed = saidOfAnother && hasPersonalPossessor(tree, names, head);
        for (SemanticGraphEdge edge : tree.outgoingEdgeList(head)) {
            IndexedWord modifier = edge.getDependent();
            if (PREMODIFIERS.contains(edge.getRelation().getShortName()) && modifier.index() < head.index()
                    && !actsAsVerb(tree, modifier) && !partOfTitle(tree, head, modifier)
                    && !(possessed && isAdjective(modifier))) {
                words.add(modifier);
                tree.outgoingEdgeList(edge.getDependent()).stream()
                        .filter(e -> e.getRelation().getShortName().equals("advmod")).map(SemanticGraphEdge::getDependent)
                        .forEach(words::add);
            }
        }
        return words.stream().filter(w -> !names.contains(w.index()) && !isOtherEntity(w)).sorted().toList();
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

    /**
     * A premodifier the parser made of a verb: a noun with a manner adverb ("to openly ridicule Donald Trump":
     * nouns take no adverbs), or a word coordinated with a verb ("to degrading and destroying ISIL"). It is
     * an act toward the name, not a word for it.
     */
    private static boolean actsAsVerb(SemanticGraph tree, IndexedWord modifier) {
        String tag = modifier.tag() == null ? "" : modifier.tag();
        return tree.outgoingEdgeList(modifier).stream().anyMatch(e -> {
            String relation = e.getRelation().getShortName();
            String dependentTag = e.getDependent().tag() == null ? "" : e.getDependent().tag();
            return relation.equals("advmod") && tag.startsWith("NN") && dependentTag.startsWith("RB")
                    || relation.equals("conj") && dependentTag.startsWith("VB") && !dependentTag.equals("VBN");
        });
    }

    /**
     * A noun before a title is part of the title ("vice chairwoman"), and a noun before an adjective of the same
     * head belongs to the adjective ("vice presidential nominee": English puts adjectives before nouns); neither
     * says anything of the person. The order is read only in lower case: a headline's capitals leave the tags
     * guessed ("Underdog Conservative X").
     */
    private static boolean partOfTitle(SemanticGraph tree, IndexedWord head, IndexedWord modifier) {
        String tag = modifier.tag() == null ? "" : modifier.tag();
        if (!tag.startsWith("NN") || tag.startsWith("NNP")) {
            return false;
        }
        boolean adjectiveAfter = Character.isLowerCase(modifier.word().charAt(0))
                && tree.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().getShortName().equals("amod")
                && e.getDependent().index() == modifier.index() + 1);
        return "TITLE".equals(head.ner()) || adjectiveAfter;
    }

    /**
     * "Mr. Trump's favorite flying toy", "his trusted aide", "her fiercest critic": with a person as the noun's
     * possessor, its adjectives say how that person holds it (a preference, a relation), not what it is.
     */
    private static boolean hasPersonalPossessor(SemanticGraph tree, SentenceNames names, IndexedWord head) {
        return tree.outgoingEdgeList(head).stream().filter(e -> e.getRelation().toString().equals("nmod:poss"))
                .map(SemanticGraphEdge::getDependent)
                .anyMatch(p -> names.isPerson(p.index()) || "PRP$".equals(p.tag())
                        && PERSONAL.contains(String.valueOf(p.lemma()).toLowerCase(Locale.ROOT)));
    }

    /** Possessive pronouns of people, by lemma ("his" is "he"); not "its" or "their", which are often a group's. */
    private static final Set<String> PERSONAL = Set.of("i", "you", "he", "she", "we");

    private static boolean isAdjective(IndexedWord word) {
        String tag = word.tag() == null ? "" : word.tag();
        return tag.startsWith("JJ") || tag.equals("VBN");
    }

    /** Nationalities, numbers, dates: tagged words that classify without judging. */
    private static boolean isOtherEntity(IndexedWord word) {
        return word.ner() != null && !word.ner().equals("O");
    }

    /** Adjacent words as one run: "terrorist cult", not "terrorist" and "cult". */
    private static List<List<IndexedWord>> runs(List<IndexedWord> words) {
        List<List<IndexedWord>> runs = new ArrayList<>();
        for (IndexedWord word : words) {
            List<IndexedWord> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && word.index() == last.get(last.size() - 1).index() + 1) {
                last.add(word);
            } else {
                runs.add(new ArrayList<>(List.of(word)));
            }
        }
        return runs;
    }
}
